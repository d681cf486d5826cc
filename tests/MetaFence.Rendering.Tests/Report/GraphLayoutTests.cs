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
    public void Should_have_no_columns_When_the_graph_has_no_nodes()
    {
        var layout = GraphLayout.Of(ReportSamples.Graph([], []));

        Assert.Empty(layout.Columns);
        Assert.Empty(layout.Nodes);
    }
}
