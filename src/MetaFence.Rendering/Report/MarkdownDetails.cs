using System.Globalization;
using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>
/// The collapsed <c>&lt;details&gt;</c> blocks under a markdown table: a row's note and its detail
/// in a code block. A detail already shown is named, not repeated; once the budget of characters
/// is spent the rest are counted, not written.
/// </summary>
internal sealed class MarkdownDetails(int budget)
{
    private readonly Dictionary<string, ReportRow> _shown = new(StringComparer.Ordinal);
    private int _left = budget;

    public void Write(StringBuilder md, IEnumerable<ReportRow> rows)
    {
        var skipped = 0;
        foreach (var row in rows.Where(r => !string.IsNullOrEmpty(r.Note) || !string.IsNullOrEmpty(r.Detail)))
        {
            var block = Block(row);
            if (block.Length > _left)
            {
                skipped++;
                continue;
            }

            _left -= block.Length;
            md.Append(block);
            if (row.Detail is { Length: > 0 } detail)
            {
                _shown.TryAdd(detail, row);
            }
        }

        if (skipped > 0)
        {
            md.Append(string.Create(
                CultureInfo.InvariantCulture,
                $"_Details of {skipped} more row{(skipped == 1 ? string.Empty : "s")} left out to keep this short._\n\n"));
        }
    }

    private string Block(ReportRow row)
    {
        var summary = row.DisplayName + (string.IsNullOrEmpty(row.DetailTitle) || string.IsNullOrEmpty(row.Detail) ? string.Empty : $": {row.DetailTitle}");
        var block = new StringBuilder();
        block.Append("<details><summary>").Append(HtmlText.Escape(summary)).Append("</summary>\n\n");
        if (!string.IsNullOrEmpty(row.Note))
        {
            block.Append(MarkdownText.Inline(row.Note)).Append("\n\n");
        }

        if (row.Detail is { Length: > 0 } detail)
        {
            if (_shown.TryGetValue(detail, out var first))
            {
                block.Append(MarkdownText.Inline($"{row.DetailTitle ?? "details"}: the same as for {first.DisplayName}.")).Append("\n\n");
            }
            else
            {
                block.Append(MarkdownText.Fenced(detail)).Append('\n');
            }
        }

        return block.Append("</details>\n\n").ToString();
    }
}
