using System.Collections.Immutable;

namespace MetaFence.Rendering.Report;

/// <summary>A node with its box, in SVG user units (whole numbers, so output never depends on culture or rounding).</summary>
internal sealed record PlacedNode(ReportNode Node, int Column, int X, int Y, int Width, int Height)
{
    public int MiddleY => Y + (Height / 2);
}

/// <summary>
/// A deterministic layered layout: one column per node kind present (in <see cref="ReportNodeKind"/>
/// order), nodes in a column sorted by label then id (ordinal) and centred against the tallest
/// column; column width from its longest label, within bounds (longer labels are cut with …).
/// </summary>
internal sealed record GraphLayout(
    ImmutableArray<(ReportNodeKind Kind, int X, int Width)> Columns,
    ImmutableArray<PlacedNode> Nodes,
    int Width,
    int Height)
{
    public const int Margin = 16;
    public const int HeaderHeight = 30;
    public const int NodeHeight = 32;
    public const int DetailNodeHeight = 46;
    public const int RowGap = 12;
    public const int ColumnGap = 150;

    /// <summary>Columns spread out to fill this width (the report page's) when they are few.</summary>
    public const int TargetWidth = 1180;

    /// <summary>Estimated widths of a character of a bold 12px label and of an 11px detail line.</summary>
    public const int CharWidth = 8;
    public const int DetailCharWidth = 7;
    public const int TextPadding = 12;
    public const int MinWidth = 120;
    public const int MaxWidth = 300;

    /// <summary>The most characters of a label (or detail line) that fit in a box <paramref name="width"/> wide.</summary>
    public static int Fits(int width, int charWidth = CharWidth) => (width - (2 * TextPadding)) / charWidth;

    public static GraphLayout Of(ReportGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeHeight = graph.Nodes.Any(n => !string.IsNullOrEmpty(n.Detail)) ? DetailNodeHeight : NodeHeight;
        var groups = graph.Nodes
            .GroupBy(n => n.Kind)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).ToList())
            .ToList();
        var tallest = groups.Count == 0 ? 0 : groups.Max(g => Span(g.Count, nodeHeight));
        var columns = ImmutableArray.CreateBuilder<(ReportNodeKind, int, int)>();
        var nodes = ImmutableArray.CreateBuilder<PlacedNode>();
        var widths = groups.Select(ColumnWidth).ToList();
        var gap = groups.Count < 2 ? ColumnGap
            : Math.Max(ColumnGap, (TargetWidth - (2 * Margin) - widths.Sum()) / (groups.Count - 1));
        var x = Margin;
        foreach (var (group, width) in groups.Zip(widths))
        {
            var y = Margin + HeaderHeight + ((tallest - Span(group.Count, nodeHeight)) / 2);
            foreach (var node in group)
            {
                nodes.Add(new PlacedNode(node, columns.Count, x, y, width, nodeHeight));
                y += nodeHeight + RowGap;
            }

            columns.Add((group[0].Kind, x, width));
            x += width + gap;
        }

        var totalWidth = columns.Count == 0 ? 2 * Margin : x - gap + Margin;
        return new GraphLayout(columns.ToImmutable(), nodes.ToImmutable(), totalWidth, Margin + HeaderHeight + tallest + Margin);
    }

    private static int ColumnWidth(List<ReportNode> nodes)
    {
        var widest = nodes.Max(n => Math.Max(n.Label.Length * CharWidth, (n.Detail?.Length ?? 0) * DetailCharWidth));
        return Math.Clamp(widest + (2 * TextPadding), MinWidth, MaxWidth);
    }

    private static int Span(int count, int nodeHeight) => (count * nodeHeight) + (Math.Max(0, count - 1) * RowGap);
}
