using System.Globalization;
using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>
/// A <see cref="ReportDocument"/> as GitHub-flavoured markdown, short enough for a pull-request
/// comment: the headline and summary, the graph as a list of who reaches what, each section's
/// table capped at <c>maxRows</c> rows (saying how many were left out), notes and details in
/// collapsed <c>&lt;details&gt;</c> blocks within a size budget. <see cref="ReportSection.Detailed"/>
/// sections are named, not shown. All text is escaped.
/// </summary>
public static class MarkdownReportRenderer
{
    public const int DefaultMaxRows = 25;

    /// <summary>Characters the collapsed details may take in all; GitHub cuts comments at 65,536.</summary>
    public const int DetailBudget = 40_000;

    public static void Render(ReportDocument document, TextWriter writer, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        var md = new StringBuilder();
        md.Append("## ").Append(MarkdownText.Inline(document.Title)).Append("\n\n");
        if (!string.IsNullOrEmpty(document.Subtitle))
        {
            md.Append(MarkdownText.Inline(document.Subtitle)).Append("\n\n");
        }

        if (!string.IsNullOrEmpty(document.Headline))
        {
            md.Append(MarkdownText.Mark(document.HeadlineTone)).Append("**").Append(MarkdownText.Inline(document.Headline)).Append("**\n\n");
        }

        if (!document.Summary.IsEmpty)
        {
            // The figures side by side: one short table instead of a line each.
            md.Append("| ").Append(string.Join(" | ", document.Summary.Select(f => MarkdownText.Inline(f.Label)))).Append(" |\n");
            md.Append('|').Append(string.Concat(document.Summary.Select(_ => "---|"))).Append('\n');
            md.Append("| ").Append(string.Join(" | ", document.Summary.Select(f => MarkdownText.Mark(f.Tone) + "**" + MarkdownText.Inline(f.Value) + "**"
                + (string.IsNullOrEmpty(f.Note) ? string.Empty : $"<br><sub>{MarkdownText.Inline(f.Note)}</sub>")))).Append(" |\n\n");
        }

        if (document.Graph is { } graph)
        {
            MarkdownGraph.Write(md, graph, maxRows);
        }

        var details = new MarkdownDetails(DetailBudget);
        foreach (var section in document.Sections)
        {
            WriteSection(md, section, maxRows, details);
        }

        writer.Write(md.ToString());
    }

    private static void WriteSection(StringBuilder md, ReportSection section, int maxRows, MarkdownDetails details)
    {
        md.Append("### ").Append(MarkdownText.Inline(section.Title))
            .Append(string.Create(CultureInfo.InvariantCulture, $" ({section.Rows.Length})\n\n"));
        if (section.Detailed)
        {
            md.Append(section.Rows.IsEmpty ? $"_{MarkdownText.Inline(section.EmptyText)}_\n\n" : "_In the HTML report (`--format html`)._\n\n");
            return;
        }

        if (!string.IsNullOrEmpty(section.Description))
        {
            md.Append(MarkdownText.Inline(section.Description)).Append("\n\n");
        }

        if (section.Rows.IsEmpty)
        {
            md.Append('_').Append(MarkdownText.Inline(section.EmptyText)).Append("_\n\n");
            return;
        }

        var shown = section.Rows.Take(maxRows).ToList();
        WriteTable(md, section, shown);
        var left = section.Rows.Length - shown.Count;
        if (left > 0)
        {
            md.Append(string.Create(CultureInfo.InvariantCulture, $"_{left} more row{(left == 1 ? string.Empty : "s")} not shown ({shown.Count} of {section.Rows.Length})._\n"));
        }

        md.Append('\n');
        details.Write(md, shown);
    }

    private static void WriteTable(StringBuilder md, ReportSection section, List<ReportRow> rows)
    {
        var grouped = section.GroupColumn is not null;
        IEnumerable<string> columns = section.GroupColumn is { } groupColumn ? [groupColumn, .. section.Columns] : section.Columns;
        md.Append("| ").Append(string.Join(" | ", columns.Select(MarkdownText.Inline))).Append(" |\n");
        md.Append('|').Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');
        string? group = null;
        foreach (var row in rows)
        {
            var cells = row.Cells.Select(c => MarkdownText.Inline(c.Text)).ToList();
            if (cells.Count > 0)
            {
                cells[0] = MarkdownText.Mark(row.Tone) + cells[0];
            }

            if (grouped)
            {
                var first = !string.Equals(row.Group, group, StringComparison.Ordinal);
                group = row.Group;
                cells.Insert(0, first ? MarkdownText.Inline(row.Group) : string.Empty);
            }

            md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }
    }
}
