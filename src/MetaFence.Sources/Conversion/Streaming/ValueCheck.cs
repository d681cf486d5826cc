using System.Buffers;
using System.Text.Json;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// Whether the client's deserializer, with <see cref="ModelReader"/>'s converters, accepts a
/// scalar: the same token types, the same number ranges, the same time and quantity parsing. It
/// may say no to a value the models would accept (the object is then read through them, which
/// costs only time), never yes to one they refuse.
/// </summary>
internal sealed class ValueCheck(StringPool strings)
{
    private readonly HashSet<string> _quantities = new(StringComparer.Ordinal);

    public bool IsValid(ref Utf8JsonReader reader, SchemaNode node) =>
        reader.TokenType == JsonTokenType.Null ? node.IsNullable : node.Kind switch
        {
            SchemaKind.String => reader.TokenType == JsonTokenType.String && IsDecodable(ref reader),
            SchemaKind.Boolean => reader.TokenType is JsonTokenType.True or JsonTokenType.False,
            SchemaKind.Int32 => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _),
            SchemaKind.Int64 => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out _),
            SchemaKind.IntOrString => reader.TokenType == JsonTokenType.Number
                ? reader.TryGetInt64(out _)
                : reader.TokenType == JsonTokenType.String && IsDecodable(ref reader),
            SchemaKind.Time => reader.TokenType == JsonTokenType.String && IsTime(ref reader),
            SchemaKind.Quantity => reader.TokenType is JsonTokenType.String or JsonTokenType.Number && IsQuantity(ref reader),
            _ => false,
        };

    /// <summary>
    /// True unless the string or property name holds a <c>\u</c> escape that does not decode
    /// (a lone surrogate), which the deserializer refuses; other escapes always decode.
    /// </summary>
    public static bool IsDecodable(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped || reader.ValueSpan.IndexOf("\\u"u8) < 0)
        {
            return true;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            return TryCopy(ref reader, buffer, out _);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The unescaped UTF-8 of a string or property name; false when it does not decode.</summary>
    public static bool TryCopy(ref Utf8JsonReader reader, scoped Span<byte> destination, out int length)
    {
        try
        {
            length = reader.CopyString(destination);
            return true;
        }
        catch (InvalidOperationException)
        {
            length = 0;
            return false;
        }
    }

    private static bool IsTime(ref Utf8JsonReader reader) =>
        (!reader.ValueIsEscaped && IsPlainUtc(reader.ValueSpan))
        || (IsDecodable(ref reader) && TimeConverter.TryParse(reader.GetString(), out _));

    /// <summary>
    /// <c>2024-01-31T12:00:00Z</c> with every part in range: what Kubernetes writes, and certain to
    /// parse. Anything else is parsed for real.
    /// </summary>
    private static bool IsPlainUtc(ReadOnlySpan<byte> text)
    {
        if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        {
            return false;
        }

        int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
        return year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && Digits(text, 11, 2) is >= 0 and <= 23 && Digits(text, 14, 2) is >= 0 and <= 59 && Digits(text, 17, 2) is >= 0 and <= 59;
    }

    /// <summary>The number written by <paramref name="count"/> digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        var value = 0;
        foreach (var digit in text.Slice(start, count))
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private bool IsQuantity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !IsDecodable(ref reader))
        {
            return false;
        }

        var text = reader.TokenType == JsonTokenType.String ? strings.Intern(ref reader) : strings.Intern(reader.ValueSpan);
        if (_quantities.Contains(text))
        {
            return true;
        }

        var valid = QuantityConverter.IsQuantity(text);
        if (valid)
        {
            _quantities.Add(text);
        }

        return valid;
    }
}
