using MetaFence.Rendering.Report;
using MetaFence.Testing.Browser;
using MetaFence.Testing.Golden;
using MetaFence.Testing.Loading;
using Xunit.Abstractions;

namespace MetaFence.Rendering.Tests.Report;

/// <summary>
/// The example cluster's HTML audit opened from disk in headless Chromium (issue 5, point 5): it
/// renders without console errors, asks for nothing but itself, draws the model's nodes and edges,
/// shows the summary, follows the dark theme, and its screenshot is kept in <c>.artifacts/test-artifacts/</c>. With
/// <c>METAFENCE_UPDATE_GOLDEN=1</c> the top of the page also becomes <c>docs/images/audit-report.png</c>.
/// </summary>
[Trait("Needs", "Chromium")]
public sealed class AuditReportBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_render_without_errors_or_requests_and_draw_the_model_When_opened_in_chromium()
    {
        // Given the example audit written to a file
        var document = ExampleAudit.Document();
        using var folder = new TempFolder();
        var file = folder.Write("audit.html", ExampleAudit.Html(document));

        // When Chromium opens it
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var page = await browser.OpenAsync(file);

        // Then it loaded only itself, logged nothing, and shows the model's graph and summary
        Assert.Empty(page.ConsoleErrors);
        Assert.Empty(page.FailedRequests);
        Assert.Equal([new Uri(file).AbsoluteUri], page.Requests);
        var graph = Assert.IsType<ReportGraph>(document.Graph);
        Assert.NotEmpty(graph.Edges);
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), (await page.AttributesAsync("svg.graph g.node", "data-node-id")).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Edges.Select(e => $"{e.From} {e.To}").Order(StringComparer.Ordinal), await Edges(page));
        Assert.Equal(document.Headline, await page.TextAsync("#headline"));
        Assert.Equal(document.Summary.Select(f => f.Value), await page.Page.Locator("#summary .fact .value").AllInnerTextsAsync());
        Assert.Equal(document.Sections.Length, await page.CountAsync("section.block table"));
        Assert.Equal("rgb(246, 247, 249)", await page.StyleAsync("body", "background-color"));
        output.WriteLine("screenshot: " + await page.ScreenshotAsync(TestArtifacts.PathFor("audit-report.png")));
        if (Environment.GetEnvironmentVariable(GoldenFile.UpdateVariable) == "1")
        {
            var image = Path.Combine(TestArtifacts.RepositoryRoot(), "docs", "images", "audit-report.png");
            output.WriteLine("README image: " + await page.ScreenshotAsync(image, untilSelector: "#graph"));
        }
    }

    [Fact]
    public async Task Should_light_up_the_edges_of_a_node_and_follow_the_dark_theme_When_hovered_in_a_dark_browser()
    {
        // One browser for both checks: launching Chromium is the slow part on a busy machine.
        var document = ExampleAudit.Document();
        var graph = Assert.IsType<ReportGraph>(document.Graph);
        var node = graph.Nodes.First(n => n.Kind == ReportNodeKind.Subject);
        using var folder = new TempFolder();
        var file = folder.Write("audit.html", ExampleAudit.Html(document));
        await using var browser = await HeadlessBrowser.LaunchAsync(dark: true);
        var page = await browser.OpenAsync(file);
        Assert.Equal("rgb(13, 17, 23)", await page.StyleAsync("body", "background-color"));
        output.WriteLine("screenshot: " + await page.ScreenshotAsync(TestArtifacts.PathFor("audit-report-dark.png"), untilSelector: "#graph"));

        await page.HoverAsync($"g.node[data-node-id=\"{node.Id}\"]");

        var lit = await page.AttributesAsync("svg.graph .edge.lit", "data-from");
        Assert.Equal(graph.Edges.Count(e => e.From == node.Id || e.To == node.Id), lit.Count);
        Assert.Empty(page.ConsoleErrors);
    }

    private static async Task<List<string>> Edges(BrowserPage page)
    {
        var from = await page.AttributesAsync("svg.graph path.edge", "data-from");
        var to = await page.AttributesAsync("svg.graph path.edge", "data-to");
        return [.. from.Zip(to, (f, t) => $"{f} {t}").Order(StringComparer.Ordinal)];
    }
}
