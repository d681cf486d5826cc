using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Reads <see cref="IntOrString"/> from a whole number or a string; anything else is a
/// <see cref="JsonException"/>, so the error carries its field path.
/// </summary>
internal sealed class IntOrStringConverter : JsonConverter<IntOrString>
{
    public override IntOrString? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt64(out var number) => number,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException(),
        };

    public override void Write(Utf8JsonWriter writer, IntOrString value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
