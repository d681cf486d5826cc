using System.Globalization;
using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>
/// The graph in markdown, where nothing can be drawn: one line per node that has edges out,
/// naming where they lead, grouped by edge label (<c>**shop/web** → IPv4: a, b; IPv6: c</c>).
/// Capped at <c>maxRows</c> lines.
/// </summary>
internal static class MarkdownGraph
{
    public static void Write(StringBuilder md, ReportGraph graph, int maxRows)
    {
        md.Append("### ").Append(MarkdownText.Inline(graph.Title)).Append("\n\n");
        if (!string.IsNullOrEmpty(graph.Description))
        {
            md.Append(MarkdownText.Inline(graph.Description)).Append("\n\n");
        }

        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var sources = graph.Edges
            .GroupBy(e => e.From, StringComparer.Ordinal)
            .Select(g => (From: Find(nodes, g.Key), Edges: g.ToList()))
            .OrderBy(s => s.From.Kind)
            .ThenBy(s => s.From.Label, StringComparer.Ordinal)
            .ThenBy(s => s.From.Id, StringComparer.Ordinal)
            .ToList();
        if (sources.Count == 0)
        {
            md.Append('_').Append(MarkdownText.Inline(graph.EmptyText)).Append("_\n\n");
            return;
        }

        foreach (var (from, edges) in sources.Take(maxRows))
        {
            var targets = edges
                .GroupBy(e => e.Label ?? string.Empty, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key.Length == 0 ? string.Empty : MarkdownText.Inline(g.Key) + ": ")
                    + string.Join(", ", g.Select(e => Find(nodes, e.To).Label).Order(StringComparer.Ordinal).Select(MarkdownText.Inline)));
            md.Append("- ").Append(MarkdownText.Mark(from.Tone)).Append("**").Append(MarkdownText.Inline(from.Label)).Append("** → ")
                .Append(string.Join("; ", targets)).Append('\n');
        }

        var left = sources.Count - maxRows;
        if (left > 0)
        {
            md.Append(string.Create(CultureInfo.InvariantCulture, $"- _{left} more not shown._\n"));
        }

        md.Append('\n');
    }

    private static ReportNode Find(Dictionary<string, ReportNode> nodes, string id) =>
        nodes.TryGetValue(id, out var node)
            ? node
            : throw new ArgumentException($"graph edge names node '{id}', which the graph does not have", nameof(id));
}
