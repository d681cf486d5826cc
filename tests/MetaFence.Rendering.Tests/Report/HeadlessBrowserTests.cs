using MetaFence.Testing.Browser;
using MetaFence.Testing.Loading;

namespace MetaFence.Rendering.Tests.Report;

/// <summary>The browser double itself: it must see what the report tests assert is absent, or they could not fail.</summary>
[Trait("Needs", "Chromium")]
public sealed class HeadlessBrowserTests
{
    [Fact]
    public async Task Should_record_console_errors_and_abort_outside_requests_When_a_page_misbehaves()
    {
        // Given a page that logs an error, throws, and asks loopback for an image (aborted before it is sent)
        using var folder = new TempFolder();
        var file = folder.Write("bad.html", """
            <!DOCTYPE html><html><body>
            <img src="http://127.0.0.1:9/x.png" alt="">
            <script>console.error("boom"); throw new Error("uncaught");</script>
            </body></html>
            """);
        await using var browser = await HeadlessBrowser.LaunchAsync();

        // When it is opened
        var page = await browser.OpenAsync(file);
        await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        // Then the error, the exception and the request are all on record
        Assert.Contains("error: boom", page.ConsoleErrors);
        Assert.Contains(page.ConsoleErrors, e => e.StartsWith("uncaught: ", StringComparison.Ordinal) && e.Contains("uncaught", StringComparison.Ordinal));
        Assert.Contains("http://127.0.0.1:9/x.png", page.Requests);
        Assert.Contains(page.FailedRequests, r => r.StartsWith("http://127.0.0.1:9/x.png: ", StringComparison.Ordinal));
    }
}
