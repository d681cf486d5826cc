using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Reads RFC 3339 times leniently; nothing MetaFence evaluates depends on a time, so only a value
/// that is no time at all is an error (with its field path).
/// </summary>
internal sealed class TimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var time) ? time : throw new JsonException();

    /// <summary>The leniency this converter reads times with.</summary>
    public static bool TryParse(string? text, out DateTime time) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));
}
