using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Shorthands for the shapes that recur in Kubernetes objects.</summary>
internal static class JsonWriterExtensions
{
    /// <summary>An empty object: a managed-fields leaf (<c>"f:name": {}</c>) or an empty <c>emptyDir</c>.</summary>
    public static void Leaf(this Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteEndObject();
    }

    /// <summary>Managed-fields leaves, one per name.</summary>
    public static void Leaves(this Utf8JsonWriter writer, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            writer.Leaf(name);
        }
    }

    public static void StringMap(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in pairs)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    public static void StringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    /// <summary>A one-element array of <c>{"ip": address}</c>, as in <c>podIPs</c> and <c>hostIPs</c>.</summary>
    public static void IpList(this Utf8JsonWriter writer, string name, string address)
    {
        writer.WriteStartArray(name);
        writer.WriteStartObject();
        writer.WriteString("ip", address);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
