using System.Globalization;
using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>Small accessors for an object's <c>metadata</c>.</summary>
internal static class ObjectMeta
{
    public static JsonObject Metadata(JsonObject value)
    {
        if (value["metadata"] is not JsonObject metadata)
        {
            value["metadata"] = metadata = new JsonObject();
        }

        return metadata;
    }

    public static string? Text(JsonObject value, string field) =>
        value["metadata"] is JsonObject metadata && metadata[field] is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;

    public static string Name(JsonObject value) => Text(value, "name") ?? "";

    public static string? Namespace(JsonObject value) => Text(value, "namespace");

    public static long ResourceVersion(JsonObject value) =>
        long.TryParse(Text(value, "resourceVersion"), NumberStyles.None, CultureInfo.InvariantCulture, out var rv) ? rv : 0;

    public static IReadOnlyDictionary<string, string> Labels(JsonObject value)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value["metadata"]?["labels"] is JsonObject map)
        {
            foreach (var (key, label) in map)
            {
                labels[key] = label?.ToString() ?? "";
            }
        }

        return labels;
    }

    /// <summary>The store key: <c>namespace/name</c> or <c>name</c>; ordinal order equals etcd's key order.</summary>
    public static string Key(string? ns, string name) => ns is null ? name : $"{ns}/{name}";
}
