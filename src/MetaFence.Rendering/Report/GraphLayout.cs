using System.Collections.Immutable;

namespace MetaFence.Rendering.Report;

/// <summary>
/// A node with its box, in SVG user units (whole numbers, so output never depends on culture or
/// rounding), and its label as drawn: one line, or two when it does not fit the column's width.
/// </summary>
internal sealed record PlacedNode(ReportNode Node, int Column, int X, int Y, int Width, int Height, ImmutableArray<string> LabelLines)
{
    public int MiddleY => Y + (Height / 2);
}

/// <summary>
/// A deterministic layered layout: one column per node kind present (in <see cref="ReportNodeKind"/>
/// order), nodes in a column sorted by label then id (ordinal) and centred against the tallest
/// column; column width from its longest label, within bounds. The whole drawing fits
/// <see cref="TargetWidth"/> (the report page's content width): when the columns' natural widths
/// do not, the widest columns share what the narrower ones leave, and labels wrap onto a second
/// line (cut with … after it; the node's tooltip has the full text).
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

    /// <summary>The narrowest gap between columns, still room for the edges' curves and arrows.</summary>
    public const int MinColumnGap = 48;

    /// <summary>The height of a label's second line.</summary>
    public const int LineHeight = 15;

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
        var groups = graph.Nodes
            .GroupBy(n => n.Kind)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).ToList())
            .ToList();
        var widths = Fit([.. groups.Select(ColumnWidth)]);
        var lines = groups.Zip(widths, (group, width) => group.Select(n => Wrap(n.Label, Fits(width))).ToList()).ToList();
        var nodeHeight = (graph.Nodes.Any(n => !string.IsNullOrEmpty(n.Detail)) ? DetailNodeHeight : NodeHeight)
            + (lines.Any(column => column.Any(l => l.Length > 1)) ? LineHeight : 0);
        var tallest = groups.Count == 0 ? 0 : groups.Max(g => Span(g.Count, nodeHeight));
        var columns = ImmutableArray.CreateBuilder<(ReportNodeKind, int, int)>();
        var nodes = ImmutableArray.CreateBuilder<PlacedNode>();
        var gap = groups.Count < 2 ? ColumnGap
            : Math.Max(MinColumnGap, (TargetWidth - (2 * Margin) - widths.Sum()) / (groups.Count - 1));
        var x = Margin;
        for (var c = 0; c < groups.Count; c++)
        {
            var y = Margin + HeaderHeight + ((tallest - Span(groups[c].Count, nodeHeight)) / 2);
            for (var i = 0; i < groups[c].Count; i++)
            {
                nodes.Add(new PlacedNode(groups[c][i], columns.Count, x, y, widths[c], nodeHeight, lines[c][i]));
                y += nodeHeight + RowGap;
            }

            columns.Add((groups[c][0].Kind, x, widths[c]));
            x += widths[c] + gap;
        }

        var totalWidth = columns.Count == 0 ? 2 * Margin : x - gap + Margin;
        return new GraphLayout(columns.ToImmutable(), nodes.ToImmutable(), totalWidth, Margin + HeaderHeight + tallest + Margin);
    }

    /// <summary>
    /// <paramref name="label"/> on one line when it fits <paramref name="fits"/> characters, else on
    /// two: broken after the last space, <c>/</c> or <c>-</c> that fits (mid-word when none does),
    /// the second line cut with … when it is too long too.
    /// </summary>
    public static ImmutableArray<string> Wrap(string label, int fits)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length <= fits)
        {
            return [label];
        }

        var end = label.AsSpan(0, fits).LastIndexOfAny(' ', '/', '-') + 1;
        end = end <= 1 ? fits : end;
        return [label[..end].TrimEnd(), HtmlText.Cut(label[end..].TrimStart(), fits)];
    }

    /// <summary>The space between adjacent columns (the first pair's; they are all equal).</summary>
    public int Gap => Columns.Length < 2 ? 0 : Columns[1].X - Columns[0].X - Columns[0].Width;

    /// <summary>
    /// Column widths that fit <see cref="TargetWidth"/> with <see cref="MinColumnGap"/>s: columns
    /// narrower than an equal share keep their width, the others share the rest equally (never below <see cref="MinWidth"/>).
    /// </summary>
    private static List<int> Fit(List<int> natural)
    {
        var room = TargetWidth - (2 * Margin) - (Math.Max(0, natural.Count - 1) * MinColumnGap);
        if (natural.Sum() <= room)
        {
            return natural;
        }

        var capped = Enumerable.Range(0, natural.Count).ToHashSet();
        int share;
        while (true)
        {
            share = Math.Max(MinWidth, (room - natural.Where((_, i) => !capped.Contains(i)).Sum()) / capped.Count);
            var fitting = capped.Where(i => natural[i] <= share).ToList();
            if (fitting.Count == 0 || fitting.Count == capped.Count)
            {
                break;
            }

            capped.ExceptWith(fitting);
        }

        return [.. natural.Select((width, i) => capped.Contains(i) ? Math.Min(width, share) : width)];
    }

    private static int ColumnWidth(List<ReportNode> nodes)
    {
        var widest = nodes.Max(n => Math.Max(n.Label.Length * CharWidth, (n.Detail?.Length ?? 0) * DetailCharWidth));
        return Math.Clamp(widest + (2 * TextPadding), MinWidth, MaxWidth);
    }

    private static int Span(int count, int nodeHeight) => (count * nodeHeight) + (Math.Max(0, count - 1) * RowGap);
}
