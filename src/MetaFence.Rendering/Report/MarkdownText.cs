using System.Diagnostics;

namespace MetaFence.Rendering.Report;

/// <summary>
/// Text for GitHub-flavoured markdown: inline text with markdown and HTML characters escaped
/// (a <c>|</c> never ends a table cell, a <c>&lt;script&gt;</c> stays text), code fences longer
/// than any backtick run inside, and the tone marks.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Escaped for a table cell or a line of prose; each <c>\n</c> becomes <c>&lt;br&gt;</c>.</summary>
    public static string Inline(string? text) => CharacterEscape.Apply(text, static ch => ch switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '\n' => "<br>",
        '\r' => string.Empty,
        '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '~' or '#' => "\\" + ch,
        _ => null,
    });

    /// <summary>A fenced code block whose fence no backtick run in <paramref name="text"/> can close.</summary>
    public static string Fenced(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var ch in text)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}\n{text.TrimEnd()}\n{fence}\n";
    }

    /// <summary>The mark GitHub shows for a tone, followed by a space; nothing for neutral.</summary>
    public static string Mark(ReportTone tone) => tone switch
    {
        ReportTone.Neutral => string.Empty,
        ReportTone.Ok => "🟢 ",
        ReportTone.Warn => "🟡 ",
        ReportTone.Bad => "🔴 ",
        _ => throw new UnreachableException(),
    };
}
