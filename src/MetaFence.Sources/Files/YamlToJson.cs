using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace MetaFence.Sources.Files;

/// <summary>
/// One YAML document as a JSON tree, read as the loader reads <c>-f</c> input (kubectl's scalar
/// typing): <c>generate --apply</c> sends the objects <c>generate</c> prints as JSON apply bodies.
/// </summary>
public static class YamlToJson
{
    /// <summary>The document's root as JSON, or null for an empty document. Malformed YAML throws YamlDotNet's exception.</summary>
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0)
        {
            return null;
        }

        using var json = YamlJsonWriter.Convert(stream.Documents[0].RootNode);
        return JsonNode.Parse(json.RootElement.GetRawText());
    }
}
