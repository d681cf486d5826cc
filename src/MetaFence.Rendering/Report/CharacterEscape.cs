using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>The escaping loop HTML and markdown text share: each character replaced or kept.</summary>
internal static class CharacterEscape
{
    /// <summary><paramref name="text"/> with each character <paramref name="replace"/> maps replaced (null: kept as is).</summary>
    public static string Apply(string? text, Func<char, string?> replace)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (replace(ch) is { } replacement)
            {
                escaped.Append(replacement);
            }
            else
            {
                escaped.Append(ch);
            }
        }

        return escaped.ToString();
    }
}
