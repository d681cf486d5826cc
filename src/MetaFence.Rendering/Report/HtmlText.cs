using System.Diagnostics;

namespace MetaFence.Rendering.Report;

/// <summary>Text for HTML and SVG: the five markup characters as entities, everything else as is.</summary>
internal static class HtmlText
{
    public static string Escape(string? text) => CharacterEscape.Apply(text, static ch => ch switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    });

    /// <summary>Escaped text with each <c>\n</c> as <c>&lt;br&gt;</c>.</summary>
    public static string Lines(string? text) => Escape(text).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>The CSS class of a tone: <c>tone-bad</c>.</summary>
    public static string ToneClass(ReportTone tone) => tone switch
    {
        ReportTone.Neutral => "tone-neutral",
        ReportTone.Ok => "tone-ok",
        ReportTone.Warn => "tone-warn",
        ReportTone.Bad => "tone-bad",
        _ => throw new UnreachableException(),
    };

    /// <summary>Text cut to <paramref name="max"/> characters, ending in … when cut.</summary>
    public static string Cut(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, Math.Max(1, max - 1)), "…");
}
