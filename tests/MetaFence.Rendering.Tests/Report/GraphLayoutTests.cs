using System.Collections.Immutable;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Tests.Report;

public sealed class GraphLayoutTests
{
    [Fact]
    public void Should_put_kinds_in_columns_left_to_right_and_labels_in_ordinal_order_When_laying_out()
    {
        var layout = GraphLayout.Of(ReportSamples.Graph(ReportSamples.PathNodes(), ReportSamples.PathEdges()));

        Assert.Equal([ReportNodeKind.Subject, ReportNodeKind.Endpoint, ReportNodeKind.Node], layout.Columns.Select(c => c.Kind));
        Assert.True(layout.Columns[0].X < layout.Columns[1].X && layout.Columns[1].X < layout.Columns[2].X);
        var subjects = layout.Nodes.Where(n => n.Node.Kind == ReportNodeKind.Subject).OrderBy(n => n.Y).Select(n => n.Node.Label);
        Assert.Equal(["analytics/notebook", "shop/web"], subjects);
    }

    [Fact]
    public void Should_centre_a_short_column_against_the_tallest_When_columns_differ_in_length()
    {
        var layout = GraphLayout.Of(ReportSamples.Graph(ReportSamples.PathNodes(), ReportSamples.PathEdges()));

        var subjects = layout.Nodes.Where(n => n.Node.Kind == ReportNodeKind.Subject).ToList();
        var endpoint = layout.Nodes.Single(n => n.Node.Kind == ReportNodeKind.Endpoint);
        Assert.Equal((subjects.Min(n => n.MiddleY) + subjects.Max(n => n.MiddleY)) / 2, endpoint.MiddleY);
    }

    [Fact]
    public void Should_keep_every_node_inside_the_drawing_When_labels_are_long()
    {
        var nodes = ReportSamples.PathNodes().Add(new ReportNode { Id = "long", Kind = ReportNodeKind.Capability, Label = new string('x', 200) });

        var layout = GraphLayout.Of(ReportSamples.Graph(nodes, []));

        Assert.All(layout.Nodes, n => Assert.True(n.X + n.Width <= layout.Width && n.Y + n.Height <= layout.Height));
        Assert.Equal(GraphLayout.MaxWidth, layout.Nodes.Single(n => n.Node.Id == "long").Width);
    }

    [Fact]
    public void Should_fit_the_page_width_with_narrow_columns_at_natural_width_When_five_columns_of_long_labels_are_too_wide()
    {
        // Five kinds, two of them with labels far wider than MaxWidth (the trace's subjects and capabilities).
        ImmutableArray<ReportNode> nodes =
        [
            new() { Id = "s", Kind = ReportNodeKind.Subject, Label = "kube-system/eks-pod-identity-agent", Detail = "DaemonSet · hostNetwork · internet-facing" },
            new() { Id = "e", Kind = ReportNodeKind.Endpoint, Label = "aws-imds" },
            new() { Id = "n", Kind = ReportNodeKind.Node, Label = "node group general" },
            new() { Id = "i", Kind = ReportNodeKind.Identity, Label = "eks-general-node" },
            new() { Id = "c", Kind = ReportNodeKind.Capability, Label = "launch an EC2 instance with a passed role and read its credentials" },
        ];

        var layout = GraphLayout.Of(ReportSamples.Graph(nodes, []));

        Assert.InRange(layout.Width, 0, GraphLayout.TargetWidth);
        Assert.InRange(layout.Gap, GraphLayout.MinColumnGap, int.MaxValue);
        Assert.Equal(GraphLayout.MinWidth, layout.Nodes.Single(n => n.Node.Id == "e").Width); // "aws-imds" needs less than the minimum
        var capability = layout.Nodes.Single(n => n.Node.Id == "c");
        Assert.Equal(2, capability.LabelLines.Length);
        Assert.All(layout.Nodes, n => Assert.All(n.LabelLines, line => Assert.InRange(line.Length, 1, GraphLayout.Fits(n.Width))));
        Assert.All(layout.Nodes, n => Assert.Equal(GraphLayout.DetailNodeHeight + GraphLayout.LineHeight, n.Height));
    }

    public sealed record WrapRow(string Label, int Fits, string[] Lines);

    public static TheoryData<WrapRow> WrapRows() =>
    [
        new("read S3 objects", 15, ["read S3 objects"]), // fits exactly: one line
        new("read Secrets Manager secrets", 22, ["read Secrets Manager", "secrets"]), // the last space that fits
        new("kube-system/eks-pod-identity-agent", 22, ["kube-system/eks-pod-", "identity-agent"]), // after the last - or / that fits
        new("abcdefghijklmnopqrstuvwxyz", 10, ["abcdefghij", "klmnopqrs…"]), // no break: cut mid-word, then …
        new("launch an EC2 instance with a passed role and read its credentials", 30, ["launch an EC2 instance with a", "passed role and read its cred…"]),
    ];

    [Theory]
    [MemberData(nameof(WrapRows))]
    public void Should_break_at_a_space_slash_or_dash_and_cut_the_second_line_When_a_label_does_not_fit(WrapRow row)
    {
        Assert.Equal(row.Lines, GraphLayout.Wrap(row.Label, row.Fits));
    }

    [Fact]
    public void Should_have_no_columns_When_the_graph_has_no_nodes()
    {
        var layout = GraphLayout.Of(ReportSamples.Graph([], []));

        Assert.Empty(layout.Columns);
        Assert.Empty(layout.Nodes);
    }
}
