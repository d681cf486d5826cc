using System.Globalization;
using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>
/// One <see cref="ReportSection"/> as an HTML table: group rows, toned rows (a toned cell is a
/// badge), and under a row its note and its detail, collapsed. A detail already shown for an
/// earlier row links there instead of repeating it.
/// </summary>
internal static class HtmlSectionWriter
{
    public static void Write(StringBuilder html, ReportSection section)
    {
        html.Append("<section class=\"block\" id=\"").Append(HtmlText.Escape(section.Id)).Append("\">\n<h2>")
            .Append(HtmlText.Escape(section.Title))
            .Append(string.Create(CultureInfo.InvariantCulture, $"<span class=\"count\">{section.Rows.Length}</span></h2>\n"));
        if (!string.IsNullOrEmpty(section.Description))
        {
            html.Append("<p class=\"description\">").Append(HtmlText.Lines(section.Description)).Append("</p>\n");
        }

        if (section.Rows.IsEmpty)
        {
            html.Append("<p class=\"empty\">").Append(HtmlText.Escape(section.EmptyText)).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr>");
        foreach (var column in section.Columns)
        {
            html.Append("<th scope=\"col\">").Append(HtmlText.Lines(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        WriteRows(html, section);
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteRows(StringBuilder html, ReportSection section)
    {
        var span = section.Columns.Length.ToString(CultureInfo.InvariantCulture);
        var shown = new Dictionary<string, ReportRow>(StringComparer.Ordinal);
        string? group = null;
        foreach (var row in section.Rows)
        {
            if (row.Group is { } rowGroup && !string.Equals(rowGroup, group, StringComparison.Ordinal))
            {
                group = rowGroup;
                html.Append("<tr class=\"group\"><th colspan=\"").Append(span).Append("\" scope=\"colgroup\">")
                    .Append(HtmlText.Escape(section.GroupColumn is null ? rowGroup : $"{section.GroupColumn} {rowGroup}"))
                    .Append("</th></tr>\n");
            }

            var hasMore = !string.IsNullOrEmpty(row.Note) || !string.IsNullOrEmpty(row.Detail);
            html.Append("<tr class=\"row ").Append(HtmlText.ToneClass(row.Tone)).Append(hasMore ? " has-more\"" : "\"");
            if (row.Id is { } id)
            {
                html.Append(" id=\"").Append(HtmlText.Escape(id)).Append('"');
            }

            html.Append('>');
            foreach (var cell in row.Cells)
            {
                html.Append(cell.Tone == ReportTone.Neutral
                    ? $"<td>{HtmlText.Lines(cell.Text)}</td>"
                    : $"<td class=\"{HtmlText.ToneClass(cell.Tone)}\"><span class=\"badge\">{HtmlText.Lines(cell.Text)}</span></td>");
            }

            html.Append("</tr>\n");
            if (hasMore)
            {
                html.Append("<tr class=\"more ").Append(HtmlText.ToneClass(row.Tone)).Append("\"><td colspan=\"").Append(span).Append("\">");
                WriteMore(html, row, shown);
                html.Append("</td></tr>\n");
            }
        }
    }

    private static void WriteMore(StringBuilder html, ReportRow row, Dictionary<string, ReportRow> shown)
    {
        if (!string.IsNullOrEmpty(row.Note))
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Lines(row.Note)).Append("</p>");
        }

        if (string.IsNullOrEmpty(row.Detail))
        {
            return;
        }

        var title = HtmlText.Escape(row.DetailTitle ?? "details");
        if (shown.TryGetValue(row.Detail, out var first))
        {
            var firstName = HtmlText.Escape(first.DisplayName);
            html.Append("<p class=\"note\">").Append(title).Append(": the same as for ")
                .Append(first.Id is { } firstId ? $"<a href=\"#{HtmlText.Escape(firstId)}\">{firstName}</a>" : firstName)
                .Append(" above</p>");
            return;
        }

        shown[row.Detail] = row;
        html.Append("<details><summary>").Append(title).Append("</summary><pre>")
            .Append(HtmlText.Escape(row.Detail.TrimEnd())).Append("</pre></details>");
    }
}
