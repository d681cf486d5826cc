using System.Text.RegularExpressions;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Tests.Report;

public sealed partial class HtmlReportRendererTests
{
    [Fact]
    public void Should_escape_every_text_When_it_holds_markup()
    {
        var html = Render(ReportSamples.HostileEverywhere());

        // The page's own script is the only one; the hostile one is text.
        Assert.Single(ScriptTag().Matches(html));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("& a", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; a|b", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fetch_nothing_When_opened()
    {
        var html = Render(ReportSamples.HostileEverywhere());

        Assert.Contains($"content=\"{HtmlReportRenderer.ContentSecurityPolicy}\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", HtmlReportRenderer.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotMatch(Fetching(), html);
        // The only URL is the SVG namespace, an identifier that is never fetched.
        Assert.Equal(["http://www.w3.org/2000/svg"], Urls().Matches(html).Select(m => m.Value).Distinct());
    }

    [Fact]
    public void Should_draw_a_group_per_node_and_a_path_per_edge_When_the_report_has_a_graph()
    {
        var graph = ReportSamples.Graph(ReportSamples.PathNodes(), ReportSamples.PathEdges());

        var html = Render(new ReportDocument { Title = "t", Graph = graph });

        var nodes = NodeTag().Matches(html).Select(m => (m.Groups["id"].Value, m.Groups["kind"].Value));
        Assert.Equal(
            graph.Nodes.Select(n => (n.Id, SvgGraphWriter.KindName(n.Kind))).Order(),
            nodes.Order());
        var edges = EdgeTag().Matches(html).Select(m => (m.Groups["from"].Value, m.Groups["to"].Value));
        Assert.Equal(graph.Edges.Select(e => (e.From, e.To)).Order(), edges.Order());
    }

    [Fact]
    public void Should_render_the_same_bytes_When_nodes_and_edges_come_in_another_order()
    {
        var nodes = ReportSamples.PathNodes();
        var edges = ReportSamples.PathEdges();

        var first = Render(new ReportDocument { Title = "t", Graph = ReportSamples.Graph(nodes, edges) });
        var second = Render(new ReportDocument { Title = "t", Graph = ReportSamples.Graph([.. nodes.Reverse()], [.. edges.Reverse()]) });

        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_throw_When_an_edge_names_a_missing_node()
    {
        var graph = ReportSamples.Graph(ReportSamples.PathNodes(), [new ReportEdge { From = "s1", To = "nowhere" }]);

        var error = Assert.Throws<ArgumentException>(() => Render(new ReportDocument { Title = "t", Graph = graph }));

        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_a_whole_page_When_the_report_is_empty()
    {
        var html = Render(ReportSamples.Empty());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Empty report</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_a_repeated_detail_once_and_link_to_it_When_rows_share_it()
    {
        var row = new ReportRow { Id = "first", Name = "MF001 shop/web", Cells = ["a"], Detail = "kind: NetworkPolicy", DetailTitle = "fix" };
        var section = new ReportSection { Id = "s", Title = "S", Columns = ["A"], Rows = [row, row with { Id = "second", Name = "MF001 shop/api" }] };

        var html = Render(new ReportDocument { Title = "t", Sections = [section] });

        Assert.Single(Regex.Matches(html, "<pre>kind: NetworkPolicy</pre>"));
        Assert.Contains("fix: the same as for <a href=\"#first\">MF001 shop/web</a> above", html, StringComparison.Ordinal);
    }

    private static string Render(ReportDocument document)
    {
        using var writer = new StringWriter();
        HtmlReportRenderer.Render(document, writer);
        return writer.ToString();
    }

    [GeneratedRegex("<script[ >]")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""(src|href|action)\s*=\s*"(?!#)|@import|url\((?!#)""")]
    private static partial Regex Fetching();

    [GeneratedRegex("""[a-z]+://[^"' )<]+""")]
    private static partial Regex Urls();

    [GeneratedRegex("""<g class="node [^"]*" data-node-id="(?<id>[^"]*)" data-kind="(?<kind>[^"]*)" """)]
    private static partial Regex NodeTag();

    [GeneratedRegex("""<path class="edge [^"]*" data-from="(?<from>[^"]*)" data-to="(?<to>[^"]*)" """)]
    private static partial Regex EdgeTag();
}
