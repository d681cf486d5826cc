using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MetaFence.Sources.Files;

/// <summary>
/// Turns raw bytes into UTF-8 text: strips a UTF-8 byte order mark, converts UTF-16 with a byte
/// order mark (PowerShell's <c>&gt;</c> writes it), and refuses binary data.
/// </summary>
internal static class InputDecoder
{
    /// <summary>The UTF-8 bytes of the text, or null with <paramref name="problem"/> set.</summary>
    public static byte[]? ToUtf8(byte[] bytes, out string? problem)
    {
        problem = null;
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var text = encoding.GetString(span[2..]);
            return text.Contains('\0', StringComparison.Ordinal)
                ? Binary(0, 0, out problem)
                : Encoding.UTF8.GetBytes(text);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var nul = span.IndexOf((byte)0);
        var invalid = FirstInvalidUtf8(span);
        var bad = nul < 0 ? invalid : invalid < 0 ? nul : Math.Min(nul, invalid);
        if (bad >= 0)
        {
            return Binary(span[bad], bad + (bytes.Length - span.Length), out problem);
        }

        return span.Length == bytes.Length ? bytes : span.ToArray();
    }

    private static byte[]? Binary(byte value, int offset, out string problem)
    {
        problem = string.Create(CultureInfo.InvariantCulture, $"the file is binary, not text (byte 0x{value:X2} at offset {offset})");
        return null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        if (Utf8.IsValid(span))
        {
            return -1;
        }

        var offset = 0;
        Span<char> buffer = stackalloc char[1024];
        while (offset < span.Length)
        {
            var status = Utf8.ToUtf16(span[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.InvalidData)
            {
                return offset + read;
            }

            offset += read;
        }

        return -1;
    }
}
