using System.Collections.Immutable;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Tests.Report;

/// <summary>Small report documents for the renderer tests, hostile text included.</summary>
internal static class ReportSamples
{
    public const string Hostile = "<script>alert('x')</script> & a|b";

    public static ReportDocument Empty() => new() { Title = "Empty report" };

    /// <summary>Every text field carries <see cref="Hostile"/>: a renderer that forgets to escape one shows it.</summary>
    public static ReportDocument HostileEverywhere() => new()
    {
        Title = Hostile,
        Subtitle = Hostile,
        Headline = Hostile,
        HeadlineTone = ReportTone.Bad,
        Summary = [new ReportFact { Label = Hostile, Value = Hostile, Note = Hostile, Tone = ReportTone.Warn }],
        Graph = new ReportGraph
        {
            Title = Hostile,
            Description = Hostile,
            Nodes =
            [
                new ReportNode { Id = "a", Kind = ReportNodeKind.Subject, Label = Hostile, Detail = Hostile, Link = "row-1" },
                new ReportNode { Id = "b", Kind = ReportNodeKind.Endpoint, Label = Hostile },
            ],
            Edges = [new ReportEdge { From = "a", To = "b", Label = Hostile }],
        },
        Sections =
        [
            new ReportSection
            {
                Id = "s",
                Title = Hostile,
                Description = Hostile,
                Columns = [Hostile, "plain"],
                GroupColumn = Hostile,
                Rows =
                [
                    new ReportRow
                    {
                        Id = "row-1",
                        Group = Hostile,
                        Name = Hostile,
                        Cells = [Hostile, new ReportCell(Hostile, ReportTone.Bad)],
                        Note = Hostile,
                        Detail = Hostile,
                        DetailTitle = Hostile,
                    },
                ],
            },
        ],
    };

    /// <summary>One section of <paramref name="count"/> rows named <c>row 01</c>…, each with a detail.</summary>
    public static ReportDocument Rows(int count) => new()
    {
        Title = "Many rows",
        Sections =
        [
            new ReportSection
            {
                Id = "rows",
                Title = "Rows",
                Columns = ["Name", "Value"],
                Rows = [.. Enumerable.Range(1, count).Select(i => new ReportRow
                {
                    Cells = [$"row {i:00}", "v"],
                    Detail = $"detail {i:00}",
                    DetailTitle = "fix",
                })],
            },
        ],
    };

    /// <summary>A three-column graph given in scrambled order.</summary>
    public static ReportGraph Graph(ImmutableArray<ReportNode> nodes, ImmutableArray<ReportEdge> edges) =>
        new() { Title = "Paths", Nodes = nodes, Edges = edges };

    public static ImmutableArray<ReportNode> PathNodes() =>
    [
        new ReportNode { Id = "n1", Kind = ReportNodeKind.Node, Label = "node-1" },
        new ReportNode { Id = "s2", Kind = ReportNodeKind.Subject, Label = "shop/web" },
        new ReportNode { Id = "e1", Kind = ReportNodeKind.Endpoint, Label = "aws-imds" },
        new ReportNode { Id = "s1", Kind = ReportNodeKind.Subject, Label = "analytics/notebook" },
    ];

    public static ImmutableArray<ReportEdge> PathEdges() =>
    [
        new ReportEdge { From = "s2", To = "e1", Label = "IPv4" },
        new ReportEdge { From = "s1", To = "e1", Label = "IPv4+IPv6" },
        new ReportEdge { From = "e1", To = "n1" },
    ];
}
