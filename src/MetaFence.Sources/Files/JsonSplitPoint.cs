namespace MetaFence.Sources.Files;

/// <summary>
/// A likely boundary between two items of a pretty-printed list, in stream offsets: the previous
/// item ends just before <see cref="ItemEnd"/>, the next starts at <see cref="ItemStart"/> with
/// <see cref="Needle"/> (newline, indentation, brace). Only a guess until the reader confirms it.
/// </summary>
internal sealed record JsonSplitPoint(long ItemEnd, long ItemStart, byte[] Needle)
{
    private const int Probe = 4 << 20;

    /// <summary>
    /// Looks for a line <c>I},</c> followed by a line <c>I{</c> (I: the indentation of the first item,
    /// after the <c>[</c> ending at <paramref name="itemsStart"/>) from a little after the middle on,
    /// JSON strings hold no raw newline, so every match is outside strings; a match that is not an
    /// item boundary is refuted by the reader.
    /// </summary>
    public static JsonSplitPoint? Find(Stream stream, long itemsStart)
    {
        var length = stream.Length;
        var head = ReadAt(stream, itemsStart, 4096);
        var first = head.AsSpan().IndexOfAnyExcept(" \t\r\n"u8);
        var newline = first < 0 ? -1 : head.AsSpan(0, first).LastIndexOf((byte)'\n');
        if (first < 0 || head[first] != (byte)'{' || newline < 0 || head.AsSpan(newline + 1, first - newline - 1).ContainsAnyExcept(" \t"u8))
        {
            return null;
        }

        var needle = head.AsSpan(newline, first - newline + 1).ToArray(); // "\n" I "{"
        var indent = needle.AsSpan(1, needle.Length - 2).ToArray();
        // Past the middle (19/32): the second thread first counts the items and lines before the
        // point (0.4 s of 7 on the bench's dump), and kubectl dumps end with the kinds read as
        // documents (NetworkPolicies). Measured on the bench's dump: at 9/16 this thread waited
        // 0.6 s at the point for the second one; at 19/32 both arrive together.
        var middle = itemsStart + ((length - itemsStart) / 32 * 19);
        var probe = ReadAt(stream, middle, Probe);
        for (var at = 0; at < probe.Length;)
        {
            var hit = probe.AsSpan(at).IndexOf(needle);
            if (hit < 0)
            {
                return null;
            }

            at += hit;
            if (EndsPreviousItem(probe.AsSpan(0, at), indent, out var end))
            {
                return new JsonSplitPoint(middle + end, middle + at + needle.Length - 1, needle);
            }

            at++;
        }

        return null;
    }

    /// <summary>True when the text ends with a line <c>I},</c> (CR allowed); <paramref name="end"/> is just past its <c>}</c>.</summary>
    private static bool EndsPreviousItem(ReadOnlySpan<byte> before, ReadOnlySpan<byte> indent, out int end)
    {
        var line = before.EndsWith((byte)'\r') ? before[..^1] : before;
        end = line.Length - 1;
        var start = line.Length - 2 - indent.Length;
        return line.EndsWith("},"u8) && start >= 1 && line[start - 1] == (byte)'\n' && line.Slice(start, indent.Length).SequenceEqual(indent);
    }

    /// <summary>
    /// The number of the item at <see cref="ItemStart"/> if every line <c>I{</c> after
    /// <paramref name="from"/> starts an item, and the line it is on.
    /// </summary>
    public (int Index, int Line) CountBefore(Stream stream, long from, Func<bool> cancelled)
    {
        var (needle, to) = (Needle, ItemStart - Needle.Length + 1);
        var (items, lines) = (0, 0);
        var buffer = new byte[1 << 20];
        stream.Position = 0;
        var carry = 0;
        for (long position = 0; position < to && !cancelled();)
        {
            var read = stream.Read(buffer, carry, (int)Math.Min(buffer.Length - carry, to - position));
            if (read == 0)
            {
                break;
            }

            lines += buffer.AsSpan(carry, read).Count((byte)'\n');
            var chunk = buffer.AsSpan(0, carry + read);
            var chunkStart = position - carry;
            for (var at = (int)Math.Max(0, from - chunkStart); at < chunk.Length;)
            {
                var hit = chunk[at..].IndexOf(needle);
                if (hit < 0)
                {
                    break;
                }

                items++;
                at += hit + 1;
            }

            position += read;
            carry = Math.Min(needle.Length - 1, chunk.Length);
            chunk[^carry..].CopyTo(buffer);
        }

        return (items, lines + 2);
    }

    private static byte[] ReadAt(Stream stream, long offset, int count)
    {
        stream.Position = offset;
        var buffer = new byte[(int)Math.Min(count, Math.Max(0, stream.Length - offset))];
        return buffer[..stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
    }
}
