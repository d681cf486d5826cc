using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Reads <see cref="ResourceQuantity"/> (<c>500m</c>, <c>2Gi</c>, <c>1.5</c>); an unparsable one is
/// a <see cref="JsonException"/> with its field path instead of a bare <see cref="FormatException"/>.
/// </summary>
internal sealed class QuantityConverter : JsonConverter<ResourceQuantity>
{
    public override ResourceQuantity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException(),
        };
        if (text is null)
        {
            return null;
        }

        try
        {
            return new ResourceQuantity(text);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <summary>True when this converter reads <paramref name="text"/> (a string or a number's text) as a quantity.</summary>
    public static bool IsQuantity(string text)
    {
        try
        {
            _ = new ResourceQuantity(text);
            return true;
        }
        catch (Exception e) when (IsParseFailure(e) || e is InvalidOperationException or NotSupportedException)
        {
            return false;
        }
    }

    private static bool IsParseFailure(Exception e) => e is FormatException or ArgumentException or OverflowException;

    public override void Write(Utf8JsonWriter writer, ResourceQuantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
