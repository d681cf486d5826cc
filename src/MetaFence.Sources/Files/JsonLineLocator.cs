using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>
/// Finds lines in the JSON text of one object by re-reading its bytes along a field path. Only
/// runs when a location is asked for, so large inputs pay nothing up front.
/// </summary>
internal sealed class JsonLineLocator(byte[] buffer, int start, int length, int firstLine) : ILineLocator
{
    public int? LineOf(string path)
    {
        var span = buffer.AsSpan(start, length);
        var reader = new Utf8JsonReader(span);
        if (!reader.Read())
        {
            return firstLine;
        }

        var found = 0L;
        foreach (var segment in FieldPath.Parse(path))
        {
            if (!TryStep(ref reader, segment, out var at))
            {
                break;
            }

            found = at;
        }

        return firstLine + span[..(int)found].Count((byte)'\n');
    }

    /// <summary>Moves from a container's start token to the value of <paramref name="segment"/>.</summary>
    private static bool TryStep(ref Utf8JsonReader reader, PathSegment segment, out long at)
    {
        at = 0;
        if (reader.TokenType == JsonTokenType.StartObject && !segment.IsIndex)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                at = reader.TokenStartIndex;
                var match = reader.ValueTextEquals(segment.Name);
                reader.Read();
                if (match)
                {
                    return true;
                }

                reader.Skip();
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray && segment.IsIndex)
        {
            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == segment.Index)
                {
                    at = reader.TokenStartIndex;
                    return true;
                }

                reader.Skip();
            }
        }

        return false;
    }
}
