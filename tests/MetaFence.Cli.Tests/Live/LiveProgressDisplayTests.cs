using MetaFence.Cli.Output;
using MetaFence.Sources.Live;
using Spectre.Console.Testing;

namespace MetaFence.Cli.Tests.Live;

/// <summary>The per-resource progress lines: drawn on a terminal only, and never in the way of the read's result.</summary>
public sealed class LiveProgressDisplayTests
{
    private static readonly LiveResource Pods = LiveResources.BuiltIn.Single(r => r.Resource == "pods");
    private static readonly LiveResource Policies = LiveResources.BuiltIn.Single(r => r.Resource == "networkpolicies");

    [Fact]
    public async Task Should_draw_each_resource_with_its_count_When_on_a_terminal()
    {
        using var console = new TestConsole().Interactive().Width(120);

        var result = await LiveProgressDisplay.RunAsync(console, terminal: true, progress =>
        {
            Assert.NotNull(progress);
            progress(new LiveProgress(Pods, 0, LiveProgressState.Listing));
            progress(new LiveProgress(Pods, 500, LiveProgressState.Listing));
            progress(new LiveProgress(Pods, 734, LiveProgressState.Done));
            progress(new LiveProgress(Policies, 0, LiveProgressState.Refused));
            return Task.FromResult(42);
        });

        Assert.Equal(42, result);
        Assert.Contains("pods: 734", console.Output, StringComparison.Ordinal);
        Assert.Contains("networkpolicies.networking.k8s.io: refused (403)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_draw_nothing_and_pass_no_callback_When_not_on_a_terminal()
    {
        using var console = new TestConsole().Interactive();

        var result = await LiveProgressDisplay.RunAsync(console, terminal: false, progress =>
        {
            Assert.Null(progress);
            return Task.FromResult(7);
        });

        Assert.Equal(7, result);
        Assert.Equal(string.Empty, console.Output);
    }
}
