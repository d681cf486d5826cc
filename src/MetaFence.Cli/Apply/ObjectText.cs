using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MetaFence.Cli.Apply;

/// <summary>
/// An API object as YAML-like lines for a diff, without what the server changes on every write
/// (<c>managedFields</c>, <c>resourceVersion</c>, <c>uid</c>, <c>creationTimestamp</c>, <c>generation</c>,
/// <c>status</c>): keys sorted (ordinal), strings quoted only when YAML would read them otherwise.
/// </summary>
internal static partial class ObjectText
{
    private static readonly string[] NoiseMetadata = ["managedFields", "resourceVersion", "uid", "creationTimestamp", "generation", "selfLink"];

    public static string Of(JsonNode? node)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var copy = node.DeepClone();
        if (copy is JsonObject root)
        {
            root.Remove("status");
            if (root["metadata"] is JsonObject metadata)
            {
                foreach (var key in NoiseMetadata)
                {
                    metadata.Remove(key);
                }

                if (metadata["annotations"] is JsonObject { Count: 0 })
                {
                    metadata.Remove("annotations");
                }
            }
        }

        var text = new StringBuilder();
        Write(text, copy, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node, int indent, bool firstInline = false)
    {
        switch (node)
        {
            case JsonObject map:
                var first = true;
                foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!(first && firstInline))
                    {
                        text.Append(' ', indent);
                    }

                    first = false;
                    text.Append(Scalar(key)).Append(':');
                    WriteValue(text, value, indent);
                }

                break;
            case JsonArray list:
                // kubectl's layout: items at their key's indent, a map item's first key on the dash's line.
                foreach (var item in list)
                {
                    text.Append(' ', indent).Append('-');
                    if (item is JsonObject { Count: > 0 })
                    {
                        text.Append(' ');
                        Write(text, item, indent + 2, firstInline: true);
                    }
                    else
                    {
                        WriteValue(text, item, indent);
                    }
                }

                break;
        }
    }

    private static void WriteValue(StringBuilder text, JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }:
                text.Append(" {}\n");
                break;
            case JsonArray { Count: 0 }:
                text.Append(" []\n");
                break;
            case JsonObject:
                text.Append('\n');
                Write(text, value, indent + 2);
                break;
            case JsonArray:
                text.Append('\n');
                Write(text, value, indent);
                break;
            case null:
                text.Append(" null\n");
                break;
            default:
                var element = value.GetValue<JsonElement>();
                var scalar = element.ValueKind == JsonValueKind.String ? Scalar(element.GetString() ?? string.Empty) : element.GetRawText();
                if (element.ValueKind == JsonValueKind.String && (element.GetString() ?? string.Empty).Contains('\n', StringComparison.Ordinal))
                {
                    text.Append(" |\n");
                    foreach (var line in (element.GetString() ?? string.Empty).TrimEnd('\n').Split('\n'))
                    {
                        text.Append(' ', indent + 2).Append(line).Append('\n');
                    }

                    break;
                }

                text.Append(' ').Append(scalar).Append('\n');
                break;
        }
    }

    private static string Scalar(string text) =>
        Plain().IsMatch(text) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && text is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off")
            ? text
            : JsonSerializer.Serialize(text);

    [GeneratedRegex("^[A-Za-z0-9_./][A-Za-z0-9_./-]*$")]
    private static partial Regex Plain();
}
