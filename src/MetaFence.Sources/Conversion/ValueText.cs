using System.Text.Json;

namespace MetaFence.Sources.Conversion;

/// <summary>How messages show a value: strings quoted, numbers and booleans as written, maps and lists by kind.</summary>
internal static class ValueText
{
    private const int MaxLength = 60;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(StringOf(value)),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "a map",
        JsonValueKind.Array => "a list",
        _ => "nothing",
    };

    /// <summary>The string, or its JSON text when it holds a lone surrogate (<c>"\ud800"</c>), which .NET cannot decode.</summary>
    private static string StringOf(JsonElement value)
    {
        try
        {
            return value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            var raw = value.GetRawText();
            return raw.Length >= 2 ? raw[1..^1] : raw;
        }
    }

    public static string Quote(string text) =>
        "\"" + (text.Length > MaxLength ? text[..MaxLength] + "…" : text) + "\"";
}
