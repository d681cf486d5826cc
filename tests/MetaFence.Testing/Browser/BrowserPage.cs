using System.Globalization;
using Microsoft.Playwright;

namespace MetaFence.Testing.Browser;

/// <summary>
/// A page opened by <see cref="HeadlessBrowser"/>: what it logged and requested since it opened,
/// DOM queries, hovering and screenshots. <see cref="Page"/> is Playwright's page for anything else.
/// </summary>
public sealed class BrowserPage
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _failedRequests = [];

    internal BrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _consoleErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add("uncaught: " + error);
        page.Request += (_, request) => _requests.Add(request.Url);
        page.RequestFailed += (_, request) => _failedRequests.Add($"{request.Url}: {request.Failure}");
    }

    public IPage Page { get; }

    /// <summary>Console errors and warnings, and uncaught script errors, in order.</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Every URL the page asked for, the page itself first.</summary>
    public IReadOnlyList<string> Requests => _requests;

    /// <summary>Requests that failed or were aborted (anything not <c>file:</c> is), with the reason.</summary>
    public IReadOnlyList<string> FailedRequests => _failedRequests;

    public Task<int> CountAsync(string selector) => Page.Locator(selector).CountAsync();

    /// <summary>The attribute of every element matching <paramref name="selector"/>, in document order (empty when absent).</summary>
    public async Task<IReadOnlyList<string>> AttributesAsync(string selector, string attribute) =>
        await Page.Locator(selector).EvaluateAllAsync<string[]>("(elements, name) => elements.map(e => e.getAttribute(name) ?? '')", attribute);

    /// <summary>The rendered text of the first element matching <paramref name="selector"/>.</summary>
    public Task<string> TextAsync(string selector) => Page.Locator(selector).First.InnerTextAsync();

    /// <summary>A computed CSS property of the first element matching <paramref name="selector"/>.</summary>
    public Task<string> StyleAsync(string selector, string property) =>
        Page.Locator(selector).First.EvaluateAsync<string>("(element, name) => getComputedStyle(element).getPropertyValue(name)", property);

    public Task HoverAsync(string selector) => Page.Locator(selector).First.HoverAsync();

    /// <summary>
    /// Saves a PNG of the whole page, or, with <paramref name="untilSelector"/>, of the page from its
    /// top to the bottom of that element; creates the folder. Returns <paramref name="path"/>.
    /// </summary>
    public async Task<string> ScreenshotAsync(string path, string? untilSelector = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        var options = new PageScreenshotOptions { Path = path, FullPage = true };
        if (untilSelector is not null && await Page.Locator(untilSelector).First.BoundingBoxAsync() is { } box)
        {
            var width = await Page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
            options.Clip = new Clip { X = 0, Y = 0, Width = width, Height = box.Y + box.Height + 12 };
        }

        await Page.ScreenshotAsync(options);
        return path;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Page.Url}: {_consoleErrors.Count} console errors, {_requests.Count} requests, {_failedRequests.Count} failed");
}
