using System.Runtime.CompilerServices;
using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 6 point 3 from files: clusters under <c>testdata/clusters/&lt;scenario&gt;</c> whose
/// network plugin deviates (AWS agent before v1.0.4 with a Windows node, plain Flannel, Cilium
/// with NodeLocal DNS), audited and explained through the whole CLI against golden files.
/// </summary>
[Trait("Needs", "Engine")]
public sealed class DataplaneScenarioGoldenTests
{
    private static readonly string Root = RepositoryRoot();

    [Theory]
    [InlineData("eks-old-agent", ExitCodes.Findings)]
    [InlineData("flannel", ExitCodes.Findings)]
    [InlineData("cilium-nodelocal", ExitCodes.Ok)] // MF005 and MF013 are low: below the default --fail-on
    public void Should_match_the_golden_audit_When_the_network_plugin_deviates(string scenario, ExitCodes expected)
    {
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "-f", Cluster(scenario), "--provider", "aws");

        Assert.Equal((int)expected, exit);
        GoldenFile.Verify(Relative(streams.Output), "dataplane", $"audit-{scenario}", "txt");
    }

    [Fact]
    public void Should_list_the_plugin_and_unprotected_pods_in_json_When_EKS_has_a_Windows_node()
    {
        using var streams = new TestStreams();

        streams.Run("audit", "-f", Cluster("eks-old-agent"), "--provider", "aws", "--format", "json");

        GoldenFile.Verify(Relative(streams.Output), "dataplane", "audit-eks-old-agent", "json");
    }

    [Fact]
    public void Should_say_the_dataplane_deviation_When_explaining_NodeLocal_DNS_on_Cilium()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("explain", "-f", Cluster("cilium-nodelocal"), "--from", "shop/web", "--to", "169.254.20.10:53/UDP");

        Assert.Equal((int)ExitCodes.Ok, exit);
        GoldenFile.Verify(Relative(streams.Output), "dataplane", "explain-cilium-nodelocal", "txt");
    }

    private static string Cluster(string scenario) => Path.Combine(Root, "testdata", "clusters", scenario);

    private static string Relative(string output) =>
        output.Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
