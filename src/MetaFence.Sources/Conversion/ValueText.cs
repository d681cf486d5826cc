using System.Text.Json;

namespace MetaFence.Sources.Conversion;

/// <summary>How messages show a value: strings quoted, numbers and booleans as written, maps and lists by kind.</summary>
internal static class ValueText
{
    private const int MaxLength = 60;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString() ?? ""),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "a map",
        JsonValueKind.Array => "a list",
        _ => "nothing",
    };

    public static string Quote(string text) =>
        "\"" + (text.Length > MaxLength ? text[..MaxLength] + "…" : text) + "\"";
}
