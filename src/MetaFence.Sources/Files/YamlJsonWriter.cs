using System.Buffers;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace MetaFence.Sources.Files;

/// <summary>
/// Converts one YAML document to JSON so that it can be read like JSON input. Aliases are
/// expanded and <c>&lt;&lt;</c> merge keys applied, as kubectl's YAML reader does; a document
/// expanding past <see cref="MaxNodes"/> nodes (an alias bomb) is refused.
/// </summary>
internal sealed class YamlJsonWriter
{
    public const int MaxNodes = 20_000_000;
    private const int MaxDepth = 200;
    private int _nodes;

    public static JsonDocument Convert(YamlNode root)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            new YamlJsonWriter().Write(writer, root, 0);
        }

        return JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = MaxDepth + 8 });
    }

    private void Write(Utf8JsonWriter writer, YamlNode node, int depth)
    {
        if (++_nodes > MaxNodes || depth > MaxDepth)
        {
            throw new YamlConversionException(node, _nodes > MaxNodes
                ? "the document expands to too many values (alias bomb?)"
                : "the document nests too deeply");
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                YamlScalars.Write(writer, scalar);
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var child in sequence.Children)
                {
                    Write(writer, child, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                WriteMembers(writer, mapping, depth, []);
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private void WriteMembers(Utf8JsonWriter writer, YamlMappingNode mapping, int depth, HashSet<string> written)
    {
        var merges = new List<YamlMappingNode>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new YamlConversionException(key, "a map key is itself a map or a list");
            }

            if (name == "<<" && key is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain })
            {
                merges.AddRange(value is YamlSequenceNode list ? list.Children.OfType<YamlMappingNode>() : value is YamlMappingNode one ? [one] : []);
                continue;
            }

            written.Add(name);
            writer.WritePropertyName(name);
            Write(writer, value, depth + 1);
        }

        // Merge keys (YAML 1.1 "<<") never override keys the mapping sets itself.
        foreach (var merged in merges)
        {
            var pending = new YamlMappingNode();
            foreach (var (key, value) in merged.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && written.Add(name))
                {
                    pending.Add(key, value);
                }
            }

            WriteMembers(writer, pending, depth, written);
        }
    }
}
