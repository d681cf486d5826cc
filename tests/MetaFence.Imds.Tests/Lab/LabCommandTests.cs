using System.Text.RegularExpressions;
using MetaFence.Imds.Lab;

namespace MetaFence.Imds.Tests.Lab;

/// <summary><c>metafence lab --no-wait</c>: builds the lab, prints what to try, and leaves nothing behind.</summary>
public sealed partial class LabCommandTests
{
    [Fact]
    public void Should_print_what_to_try_and_remove_every_namespace_When_run_with_no_wait()
    {
        var result = LabShell.Run(TestLab.Metafence[0], [.. TestLab.Metafence[1..], "lab", "--no-wait"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var names = Namespace().Matches(result.Output).Select(m => m.Value).Distinct().ToList();
        Assert.Equal(4, names.Count);
        Assert.Contains("metafence-firewall.sh install", result.Output, StringComparison.Ordinal);
        var left = NetworkLab.Ip("netns", "list");
        Assert.All(names, name => Assert.DoesNotContain(name, left, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"mflab-\d+-\d+-(pod|node|imds|host)")]
    private static partial Regex Namespace();
}
