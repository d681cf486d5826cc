namespace MetaFence.Rendering.Report;

/// <summary>
/// One table cell: text (a <c>\n</c> breaks the line) and a tone. Plain strings convert to
/// neutral cells, so rows can be written as <c>["a", "b", new ReportCell("bad", ReportTone.Bad)]</c>.
/// </summary>
public sealed record ReportCell(string Text, ReportTone Tone = ReportTone.Neutral)
{
    public static implicit operator ReportCell(string text) => new(text);

    /// <summary>The named form of the implicit conversion.</summary>
    public static ReportCell FromString(string text) => new(text);
}
