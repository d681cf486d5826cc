using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>Receives every object read from the input, with where it sits.</summary>
internal interface IObjectSink
{
    /// <summary>
    /// One document or list item. <paramref name="hint"/> gives the kind and apiVersion implied by
    /// a typed list (<c>PodList</c> items may omit theirs).
    /// </summary>
    void Accept(JsonElement element, ObjectSite site, ListItemHint? hint);
}
