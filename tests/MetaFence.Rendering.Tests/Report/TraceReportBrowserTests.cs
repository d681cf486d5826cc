using MetaFence.Core.Trace;
using MetaFence.Rendering.Report;
using MetaFence.Rendering.Trace;
using MetaFence.Testing.Browser;
using MetaFence.Testing.Golden;
using MetaFence.Testing.Loading;
using Xunit.Abstractions;

namespace MetaFence.Rendering.Tests.Report;

/// <summary>
/// README's trace example as HTML in headless Chromium (issue 5, point 5): no console errors, no
/// request but the file, the graph's nodes and edges are the trace's paths (subject → endpoint →
/// node group → identity → its worst capabilities), the summary shows, and all five columns lie
/// inside the viewport's width. The screenshot is kept in <c>.artifacts/test-artifacts/</c>; with
/// <c>METAFENCE_UPDATE_GOLDEN=1</c> the top of the page also becomes <c>docs/images/trace-report.png</c>.
/// </summary>
[Trait("Needs", "Chromium")]
public sealed class TraceReportBrowserTests(ITestOutputHelper output)
{
    private const int ViewportWidth = 1280;

    [Fact]
    public async Task Should_draw_every_path_with_all_columns_in_view_and_no_errors_or_requests_When_opened_in_chromium()
    {
        // Given the example trace written to a file
        var report = ExampleTrace.Report();
        Assert.NotEmpty(report.Paths);
        var document = TraceReportModel.From(report, ExampleTrace.Source);
        using var folder = new TempFolder();
        var file = folder.Write("trace.html", ExampleAudit.Html(document));

        // When Chromium opens it at a normal laptop width
        await using var browser = await HeadlessBrowser.LaunchAsync(width: ViewportWidth);
        var page = await browser.OpenAsync(file);

        // Then it loaded only itself and logged nothing
        Assert.Empty(page.ConsoleErrors);
        Assert.Empty(page.FailedRequests);
        Assert.Equal([new Uri(file).AbsoluteUri], page.Requests);

        // and the graph is the paths' hops, each path a chain of edges
        var (nodes, edges) = Expected(report);
        Assert.Equal(nodes, (await page.AttributesAsync("svg.graph g.node", "data-node-id")).Order(StringComparer.Ordinal));
        Assert.Equal(edges, await Edges(page));
        Assert.Equal(
            report.Paths.Select(p => p.EndpointId).Distinct().Order(StringComparer.Ordinal),
            (await page.Page.Locator("svg.graph g.node[data-kind=endpoint] text.label").AllTextContentsAsync()).Order(StringComparer.Ordinal));

        // and the summary shows
        Assert.Equal(TraceSummary.Text(report), await page.TextAsync("#headline"));
        Assert.Equal(document.Summary.Select(f => f.Value), await page.Page.Locator("#summary .fact .value").AllInnerTextsAsync());

        // and every column of the graph is within the viewport's width, without scrolling sideways
        var kinds = await page.AttributesAsync("svg.graph g.node", "data-kind");
        Assert.Equal(5, kinds.Distinct().Count());
        foreach (var node in await page.Page.Locator("svg.graph g.node rect").AllAsync())
        {
            var box = Assert.IsType<Microsoft.Playwright.LocatorBoundingBoxResult>(await node.BoundingBoxAsync());
            Assert.InRange(box.X, 0, ViewportWidth);
            Assert.InRange(box.X + box.Width, 0, ViewportWidth);
        }

        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        output.WriteLine("screenshot: " + await page.ScreenshotAsync(TestArtifacts.PathFor("trace-report.png")));
        if (Environment.GetEnvironmentVariable(GoldenFile.UpdateVariable) == "1")
        {
            var image = Path.Combine(TestArtifacts.RepositoryRoot(), "docs", "images", "trace-report.png");
            output.WriteLine("README image: " + await page.ScreenshotAsync(image, untilSelector: "#graph"));
        }
    }

    /// <summary>The node ids and "from to" edges each path needs, from the trace itself (the ids are the report's anchors).</summary>
    private static (List<string> Nodes, List<string> Edges) Expected(TraceReport report)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var edges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in report.Paths)
        {
            var subject = ReportAnchor.From("subject", path.Subject.Namespace, path.Subject.Object.Kind, path.Subject.Object.Name);
            var endpoint = ReportAnchor.From("endpoint", path.EndpointId);
            var node = ReportAnchor.From("nodes", path.GroupKey);
            var identity = ReportAnchor.From("identity", path.Identity.Name);
            var capabilities = path.Capabilities.Take(TraceReportGraph.CapabilitiesShown).Select(c => ReportAnchor.From("capability", path.Identity.Name, c.Id)).ToList();
            string[] chain = [subject, endpoint, node, identity];
            nodes.UnionWith(chain.Concat(capabilities));
            edges.UnionWith(chain.Zip(chain.Skip(1), (from, to) => $"{from} {to}"));
            edges.UnionWith(capabilities.Select(c => $"{identity} {c}"));
        }

        return ([.. nodes.Order(StringComparer.Ordinal)], [.. edges.Order(StringComparer.Ordinal)]);
    }

    private static async Task<List<string>> Edges(BrowserPage page)
    {
        var from = await page.AttributesAsync("svg.graph path.edge", "data-from");
        var to = await page.AttributesAsync("svg.graph path.edge", "data-to");
        return [.. from.Zip(to, (f, t) => $"{f} {t}").Order(StringComparer.Ordinal)];
    }
}
