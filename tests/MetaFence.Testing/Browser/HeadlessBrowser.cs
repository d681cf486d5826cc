using System.Collections.Immutable;
using Microsoft.Playwright;

namespace MetaFence.Testing.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by <c>scripts/setup</c>) driven headless by
/// Playwright, for tests of the HTML reports: <see cref="OpenAsync"/> opens a local file and hands
/// back a <see cref="BrowserPage"/> that recorded console errors and every request. No browser is
/// ever downloaded: Playwright's driver comes in its NuGet package, the browser from Debian. Every
/// request that is not <c>file:</c> is aborted (and recorded), so a report cannot reach out even by
/// mistake. A missing Chromium is an error, never a skip. A test project that uses this class must
/// reference <c>Microsoft.Playwright</c> itself, which copies the driver next to its tests.
/// </summary>
public sealed class HeadlessBrowser : IAsyncDisposable
{
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Set it to use another Chromium binary than <see cref="DefaultChromium"/>.</summary>
    public const string ChromiumVariable = "METAFENCE_CHROMIUM";

    /// <summary>
    /// Headless, no sandbox (tests run as root), and none of Chromium's own background traffic:
    /// without the networking flags its update and sync connections are refused here many at a time.
    /// </summary>
    public static readonly ImmutableArray<string> ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Generous: on a loaded two-core machine Chromium can take tens of seconds to start.</summary>
    public const float TimeoutMilliseconds = 120_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly DirectoryInfo _profile;

    private HeadlessBrowser(IPlaywright playwright, IBrowserContext context, DirectoryInfo profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
    }

    /// <summary>The Chromium binary: <see cref="ChromiumVariable"/> when set, else <see cref="DefaultChromium"/>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>Starts Chromium with a fresh profile; <paramref name="dark"/> asks pages for their dark theme.</summary>
    public static async Task<HeadlessBrowser> LaunchAsync(int width = 1280, int height = 900, bool dark = false)
    {
        var chromium = ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {chromium}: run bash scripts/setup, which installs Debian's chromium (or set {ChromiumVariable})");
        }

        var profile = Directory.CreateTempSubdirectory("metafence-chromium-");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArguments,
                ViewportSize = new ViewportSize { Width = width, Height = height },
                DeviceScaleFactor = 1,
                ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
                Timeout = TimeoutMilliseconds,
            });
            context.SetDefaultTimeout(TimeoutMilliseconds);
            await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync("blockedbyclient"));
            return new HeadlessBrowser(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            profile.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Opens <paramref name="file"/> in a new tab and waits until it has loaded.</summary>
    public async Task<BrowserPage> OpenAsync(string file)
    {
        var page = await _context.NewPageAsync();
        var opened = new BrowserPage(page);
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort: Chromium may still be closing files in its profile.
        }
    }
}
