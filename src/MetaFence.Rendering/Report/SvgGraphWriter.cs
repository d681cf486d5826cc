using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>
/// A <see cref="ReportGraph"/> as inline SVG from its <see cref="GraphLayout"/>. Every node is a
/// <c>&lt;g class="node" data-node-id data-kind&gt;</c>, every edge a <c>&lt;path class="edge"
/// data-from data-to&gt;</c>, so tests and the page's hover script find them; colours come from
/// the page's CSS classes, so the graph follows light and dark themes.
/// </summary>
internal static class SvgGraphWriter
{
    /// <summary>Above this many edges their labels are tooltips only: drawn, they would pile up.</summary>
    public const int MaxDrawnEdgeLabels = 16;

    /// <summary>Below this gap between columns edge labels are tooltips only: drawn, they would cover the nodes.</summary>
    public const int MinGapForEdgeLabels = 100;

    public static string Write(ReportGraph graph)
    {
        var layout = GraphLayout.Of(graph);
        var placed = new Dictionary<string, PlacedNode>(StringComparer.Ordinal);
        foreach (var node in layout.Nodes)
        {
            if (!placed.TryAdd(node.Node.Id, node))
            {
                throw new ArgumentException($"graph has two nodes with id '{node.Node.Id}'", nameof(graph));
            }
        }

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 {layout.Width} {layout.Height}\" width=\"{layout.Width}\" height=\"{layout.Height}\" role=\"img\" aria-label=\"{HtmlText.Escape(graph.Title)}\">\n"));
        svg.Append("<defs>");
        foreach (var tone in Enum.GetValues<ReportTone>())
        {
            svg.Append(Invariant($"<marker id=\"arrow-{Name(tone)}\" class=\"{HtmlText.ToneClass(tone)}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>"));
        }

        svg.Append("</defs>\n");
        foreach (var (kind, x, width) in layout.Columns)
        {
            svg.Append(Invariant($"<text class=\"column-title\" x=\"{x + (width / 2)}\" y=\"{GraphLayout.Margin + 12}\" text-anchor=\"middle\">{ColumnTitle(kind)}</text>\n"));
        }

        svg.Append("<g class=\"edges\">\n");
        var drawLabels = graph.Edges.Length <= MaxDrawnEdgeLabels && layout.Gap >= MinGapForEdgeLabels;
        foreach (var edge in graph.Edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            WriteEdge(svg, edge, Find(placed, edge.From), Find(placed, edge.To), drawLabels);
        }

        svg.Append("</g>\n<g class=\"nodes\">\n");
        foreach (var node in layout.Nodes)
        {
            WriteNode(svg, node);
        }

        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    public static string KindName(ReportNodeKind kind) => kind switch
    {
        ReportNodeKind.Subject => "subject",
        ReportNodeKind.Endpoint => "endpoint",
        ReportNodeKind.Node => "node",
        ReportNodeKind.Identity => "identity",
        ReportNodeKind.Capability => "capability",
        _ => throw new UnreachableException(),
    };

    private static string ColumnTitle(ReportNodeKind kind) => kind switch
    {
        ReportNodeKind.Subject => "Pods and workloads",
        ReportNodeKind.Endpoint => "Metadata endpoints",
        ReportNodeKind.Node => "Nodes",
        ReportNodeKind.Identity => "Identities",
        ReportNodeKind.Capability => "Permissions",
        _ => throw new UnreachableException(),
    };

    private static void WriteEdge(StringBuilder svg, ReportEdge edge, PlacedNode from, PlacedNode to, bool drawLabel)
    {
        var forward = from.Column < to.Column;
        var backward = from.Column > to.Column;
        var x1 = backward ? from.X : from.X + from.Width;
        var x2 = forward ? to.X : to.X + to.Width;
        var (y1, y2) = (from.MiddleY, to.MiddleY);
        var bend = forward || backward ? Math.Abs(x2 - x1) / 2 : 60;
        var c1 = backward ? x1 - bend : x1 + bend;
        var c2 = forward ? x2 - bend : x2 + bend;
        var tooltip = $"{from.Node.Label} → {to.Node.Label}" + (string.IsNullOrEmpty(edge.Label) ? string.Empty : $": {edge.Label}");
        svg.Append(Invariant($"<path class=\"edge {HtmlText.ToneClass(edge.Tone)}\" data-from=\"{HtmlText.Escape(edge.From)}\" data-to=\"{HtmlText.Escape(edge.To)}\" d=\"M{x1},{y1} C{c1},{y1} {c2},{y2} {x2},{y2}\" marker-end=\"url(#arrow-{Name(edge.Tone)})\"><title>{HtmlText.Escape(tooltip)}</title></path>\n"));
        if (drawLabel && !string.IsNullOrEmpty(edge.Label))
        {
            svg.Append(Invariant($"<text class=\"edge-label\" x=\"{(x1 + x2) / 2}\" y=\"{((y1 + y2) / 2) - 4}\" text-anchor=\"middle\">{HtmlText.Escape(edge.Label)}</text>\n"));
        }
    }

    private static void WriteNode(StringBuilder svg, PlacedNode placed)
    {
        var node = placed.Node;
        var detail = node.Detail ?? string.Empty;
        var hasDetail = detail.Length > 0;
        svg.Append(Invariant($"<g class=\"node {HtmlText.ToneClass(node.Tone)}\" data-node-id=\"{HtmlText.Escape(node.Id)}\" data-kind=\"{KindName(node.Kind)}\" transform=\"translate({placed.X},{placed.Y})\">"));
        svg.Append("<title>").Append(HtmlText.Escape(hasDetail ? $"{node.Label}\n{node.Detail}" : node.Label)).Append("</title>");
        if (node.Link is { } link)
        {
            svg.Append("<a href=\"#").Append(HtmlText.Escape(link)).Append("\">");
        }

        svg.Append(Invariant($"<rect width=\"{placed.Width}\" height=\"{placed.Height}\" rx=\"6\"/>"));
        var extra = (placed.LabelLines.Length - 1) * GraphLayout.LineHeight;
        var labelY = hasDetail ? 19 : ((placed.Height - extra) / 2) + 4;
        foreach (var line in placed.LabelLines)
        {
            svg.Append(Invariant($"<text class=\"label\" x=\"{GraphLayout.TextPadding}\" y=\"{labelY}\">{HtmlText.Escape(line)}</text>"));
            labelY += GraphLayout.LineHeight;
        }

        if (hasDetail)
        {
            svg.Append(Invariant($"<text class=\"detail\" x=\"{GraphLayout.TextPadding}\" y=\"{35 + extra}\">{HtmlText.Escape(HtmlText.Cut(detail, GraphLayout.Fits(placed.Width, GraphLayout.DetailCharWidth)))}</text>"));
        }

        svg.Append(node.Link is null ? "</g>\n" : "</a></g>\n");
    }

    private static PlacedNode Find(Dictionary<string, PlacedNode> placed, string id) =>
        placed.TryGetValue(id, out var node)
            ? node
            : throw new ArgumentException($"graph edge names node '{id}', which the graph does not have", nameof(id));

    private static string Name(ReportTone tone) => HtmlText.ToneClass(tone)["tone-".Length..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
