using System.Text.Json;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// Walks one JSON value along its schema: checks every field the client models would read,
/// skips fields they ignore and <c>object</c>-typed subtrees with the reader's skip, and hands
/// captured values to an <see cref="ObjectCapture"/>. Works on a partial buffer: running out of
/// bytes is <see cref="WalkStatus.Incomplete"/>, never an error.
/// </summary>
internal static class SchemaWalker
{
    /// <summary>Walks the value whose first token <paramref name="reader"/> is on; <paramref name="nameStart"/> is where its field name starts.</summary>
    public static WalkStatus Walk(ref Utf8JsonReader reader, SchemaNode node, ObjectCapture capture, ValueCheck check, long nameStart = -1)
    {
        switch (node.Kind)
        {
            case SchemaKind.Any:
                return reader.TrySkip() ? WalkStatus.Ok : WalkStatus.Incomplete;
            case SchemaKind.Object or SchemaKind.List or SchemaKind.Map:
                if (reader.TokenType == JsonTokenType.Null)
                {
                    return WalkStatus.Ok;
                }

                if (reader.TokenType != (node.Kind == SchemaKind.List ? JsonTokenType.StartArray : JsonTokenType.StartObject))
                {
                    return WalkStatus.Unexpected;
                }

                var captured = node.Field != CapturedField.None;
                if (captured)
                {
                    capture.Enter(node.Field, nameStart);
                }

                var status = node.Kind == SchemaKind.Object
                    ? WalkObject(ref reader, node.Properties, capture, check)
                    : WalkElements(ref reader, node, capture, check);
                return status == WalkStatus.Ok && captured ? capture.Exit(node.Field) : status;
            default:
                return !check.IsValid(ref reader, node) ? WalkStatus.Unexpected
                    : node.Field == CapturedField.None ? WalkStatus.Ok
                    : capture.Value(node.Field, ref reader);
        }
    }

    private static WalkStatus WalkObject(ref Utf8JsonReader reader, PropertyTable properties, ObjectCapture capture, ValueCheck check)
    {
        var seen = 0UL;
        while (true)
        {
            if (!reader.Read())
            {
                return WalkStatus.Incomplete;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return WalkStatus.Ok;
            }

            var nameStart = reader.TokenStartIndex;
            if (!properties.TryFind(ref reader, out var entry))
            {
                return WalkStatus.Unexpected;
            }

            if (!reader.Read())
            {
                return WalkStatus.Incomplete;
            }

            if (entry is null)
            {
                if (!reader.TrySkip())
                {
                    return WalkStatus.Incomplete;
                }

                continue;
            }

            if ((seen & entry.Bit) != 0)
            {
                return WalkStatus.Unexpected;
            }

            seen |= entry.Bit;
            var status = Walk(ref reader, entry.Node, capture, check, nameStart);
            if (status != WalkStatus.Ok)
            {
                return status;
            }
        }
    }

    /// <summary>The elements of a list or the values of a map; a captured map's keys go to the capture.</summary>
    private static WalkStatus WalkElements(ref Utf8JsonReader reader, SchemaNode node, ObjectCapture capture, ValueCheck check)
    {
        var isMap = node.Kind == SchemaKind.Map;
        while (true)
        {
            if (!reader.Read())
            {
                return WalkStatus.Incomplete;
            }

            if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                return WalkStatus.Ok;
            }

            if (isMap)
            {
                if (!ValueCheck.IsDecodable(ref reader))
                {
                    return WalkStatus.Unexpected;
                }

                if (node.Field != CapturedField.None)
                {
                    capture.Key(node.Field, ref reader);
                }

                if (!reader.Read())
                {
                    return WalkStatus.Incomplete;
                }
            }

            var status = Walk(ref reader, node.Element, capture, check);
            if (status != WalkStatus.Ok)
            {
                return status;
            }
        }
    }
}
