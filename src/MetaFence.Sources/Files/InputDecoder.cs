using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MetaFence.Sources.Files;

/// <summary>
/// Turns raw bytes into UTF-8 text: strips a UTF-8 byte order mark, converts UTF-16 with a byte
/// order mark (PowerShell's <c>&gt;</c> writes it), and refuses binary data. A streamed input is
/// checked piece by piece with <see cref="FirstBinary"/> and <see cref="IncompleteTail"/>.
/// </summary>
internal static class InputDecoder
{
    /// <summary>The UTF-8 byte order mark, skipped wherever input starts with it.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The UTF-8 bytes of the text, or null with <paramref name="problem"/> set.</summary>
    public static byte[]? ToUtf8(byte[] bytes, out string? problem)
    {
        problem = null;
        ReadOnlySpan<byte> span = bytes;
        if (IsUtf16(span))
        {
            var encoding = span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var text = encoding.GetString(span[2..]);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                problem = BinaryProblem(0, 0);
                return null;
            }

            return Encoding.UTF8.GetBytes(text);
        }

        var bom = span.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        span = span[bom..];
        var bad = FirstBinary(span);
        if (bad >= 0)
        {
            problem = BinaryProblem(span[bad], bad + bom);
            return null;
        }

        return span.Length == bytes.Length ? bytes : span.ToArray();
    }

    /// <summary>True when the input starts with a UTF-16 byte order mark (little or big endian).</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>The offset of the first NUL byte or invalid UTF-8 sequence in <paramref name="span"/>, or -1.</summary>
    public static int FirstBinary(ReadOnlySpan<byte> span)
    {
        var nul = span.IndexOf((byte)0);
        var invalid = FirstInvalidUtf8(span);
        return nul < 0 ? invalid : invalid < 0 ? nul : Math.Min(nul, invalid);
    }

    /// <summary>
    /// How many bytes at the end of <paramref name="span"/> begin a UTF-8 sequence that the next
    /// piece of a stream may complete (0 to 3); they are checked with that piece.
    /// </summary>
    public static int IncompleteTail(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= Math.Min(3, span.Length); back++)
        {
            var value = span[^back];
            if ((value & 0xC0) == 0x80)
            {
                continue;
            }

            var length = value >= 0xF0 ? 4 : value >= 0xE0 ? 3 : value >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }

        return 0;
    }

    /// <summary>The problem every binary input is reported with.</summary>
    public static string BinaryProblem(byte value, long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is binary, not text (byte 0x{value:X2} at offset {offset})");

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
