using System.Text.Json;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Routes each object by apiVersion and kind: lists are opened, known kinds converted, other
/// kinds counted as skipped. Empty documents are ignored.
/// </summary>
internal sealed partial class ObjectDispatcher(LoadOptions options, SnapshotAccumulator snapshot, DiagnosticList diagnostics) : IObjectSink
{
    public void Accept(JsonElement element, ObjectSite site, ListItemHint? hint)
    {
        if (element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Error(site.At(), $"{ValueText.Describe(element)} is not a Kubernetes object", "a map with apiVersion, kind and metadata");
            return;
        }

        if (!TypeFields.TryRead(element, site, hint, diagnostics, out var apiVersion, out var kind))
        {
            return;
        }

        if (ListItemHint.IsListKind(kind) && element.TryGetProperty("items", out var items)
            && (items.ValueKind == JsonValueKind.Array || (items.ValueKind == JsonValueKind.Null && kind == "List")))
        {
            var itemHint = ListItemHint.For(kind, apiVersion);
            for (var i = 0; i < (items.ValueKind == JsonValueKind.Array ? items.GetArrayLength() : 0); i++)
            {
                Accept(items[i], site.Child(FieldPath.Index("items", i)), itemHint);
            }

            return;
        }

        if (KindCatalog.Find(apiVersion, kind) is { } known)
        {
            Read(known, apiVersion, element, site);
            return;
        }

        ExposureReader.TryRead(apiVersion, kind, element, site, options.DefaultNamespace, snapshot);
        snapshot.Skip(KindCatalog.SkipKey(apiVersion, kind));
        if (element.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("namespace", out var ns) && ns.ValueKind == JsonValueKind.String)
        {
            snapshot.NameNamespace(ns.GetString());
        }
    }
}
