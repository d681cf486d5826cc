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
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, ResourceQuantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
