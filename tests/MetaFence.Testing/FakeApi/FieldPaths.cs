using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// An object's fields as leaf paths (scalars, lists and empty maps are leaves): the granularity at which the fake
/// tracks server-side-apply ownership. The real server goes finer (list items by key); leaf paths are enough to
/// model "who owns this field" and its conflicts (https://kubernetes.io/docs/reference/using-api/server-side-apply/).
/// </summary>
internal static class FieldPaths
{
    private const char Separator = '\n';

    private static readonly HashSet<string> SystemMetadata =
        ["name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields",
         "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "generateName"];

    /// <summary>Path to value, in ordinal path order; apiVersion, kind, status and system metadata excluded.</summary>
    public static SortedDictionary<string, JsonNode?> Leaves(JsonObject value)
    {
        var leaves = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, child) in value)
        {
            if (key is "apiVersion" or "kind" or "status")
            {
                continue;
            }

            if (key == "metadata" && child is JsonObject metadata)
            {
                foreach (var (field, node) in metadata.Where(m => !SystemMetadata.Contains(m.Key)))
                {
                    Walk("metadata" + Separator + field, node, leaves);
                }

                continue;
            }

            Walk(key, child, leaves);
        }

        return leaves;
    }

    /// <summary>The path as the real server prints it in conflicts: <c>.spec.podSelector.matchLabels.app</c>.</summary>
    public static string Display(string path) => "." + path.Replace(Separator, '.');

    public static string[] Segments(string path) => path.Split(Separator);

    /// <summary>The value at <paramref name="path"/>, or null when absent.</summary>
    public static JsonNode? At(JsonObject value, string path)
    {
        JsonNode? node = value;
        foreach (var segment in Segments(path))
        {
            node = node is JsonObject map && map.TryGetPropertyValue(segment, out var next) ? next : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static bool Has(JsonObject value, string path)
    {
        JsonNode? node = value;
        foreach (var segment in Segments(path))
        {
            if (node is not JsonObject map || !map.TryGetPropertyValue(segment, out node))
            {
                return false;
            }
        }

        return true;
    }

    public static void Set(JsonObject value, string path, JsonNode? leaf)
    {
        var segments = Segments(path);
        var map = value;
        foreach (var segment in segments[..^1])
        {
            if (map[segment] is not JsonObject next)
            {
                map[segment] = next = new JsonObject();
            }

            map = next;
        }

        map[segments[^1]] = leaf?.DeepClone();
    }

    /// <summary>Removes the leaf and any map it leaves empty.</summary>
    public static void Remove(JsonObject value, string path)
    {
        var segments = Segments(path);
        var chain = new List<JsonObject> { value };
        foreach (var segment in segments[..^1])
        {
            if (chain[^1][segment] is not JsonObject next)
            {
                return;
            }

            chain.Add(next);
        }

        chain[^1].Remove(segments[^1]);
        for (var i = chain.Count - 1; i > 0 && chain[i].Count == 0; i--)
        {
            chain[i - 1].Remove(segments[i - 1]);
        }
    }

    public static bool SameValue(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(a, b);

    private static void Walk(string path, JsonNode? node, SortedDictionary<string, JsonNode?> leaves)
    {
        if (node is JsonObject map && map.Count > 0)
        {
            foreach (var (key, child) in map)
            {
                Walk(path + Separator + key, child, leaves);
            }

            return;
        }

        leaves[path] = node?.DeepClone();
    }
}
