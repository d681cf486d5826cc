using System.Runtime.CompilerServices;
using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.EndToEnd;

/// <summary>
/// <c>trace</c> on the example cluster with its nodes, Services and the hand-written AWS exports
/// (<c>examples/cloud</c>, in the AWS CLI's documented shape, two reservations), compared with golden
/// files; and <c>audit</c> with the same exports, which adds the node findings (MF020–MF024).
/// </summary>
[Trait("Needs", "Engine")]
public sealed class TraceExampleGoldenTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Cluster = Path.Combine(Root, "examples", "cluster");
    private static readonly string Cloud = Path.Combine(Root, "examples", "cloud");

    public static string[] AwsArgs =>
    [
        "-f", Cluster, "-f", Path.Combine(Cloud, "cluster"),
        "--aws-instances", Path.Combine(Cloud, "aws", "describe-instances.json"),
        "--aws-iam", Path.Combine(Cloud, "aws", "iam-authorization-details.json"),
    ];

    [Theory]
    [InlineData("table", "txt")]
    [InlineData("json", "json")]
    [InlineData("markdown", "md")]
    [InlineData("html", "html")]
    public void Should_match_the_golden_paths_When_tracing_the_example_cluster_on_aws(string format, string extension)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(["trace", .. AwsArgs, "--format", format]);

        Assert.Equal((int)ExitCodes.Findings, exit);
        Assert.Equal(string.Empty, streams.Error);
        GoldenFile.Verify(Relative(streams.Output), "trace", $"aws-{format}", extension);
    }

    [Fact]
    public void Should_match_the_golden_paths_When_tracing_gke_node_pools()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("trace", "-f", Cluster, "-f", Path.Combine(Cloud, "gcp", "nodes.yaml"),
            "--gcp-node-pools", Path.Combine(Cloud, "gcp", "gke-node-pools.json"), "--cni", "calico");

        Assert.Equal((int)ExitCodes.Findings, exit);
        Assert.Equal(string.Empty, streams.Error);
        GoldenFile.Verify(Relative(streams.Output), "trace", "gke-table", "txt");
    }

    [Fact]
    public void Should_match_the_golden_paths_When_tracing_aks_agent_pools()
    {
        using var streams = new TestStreams();

        var exit = streams.Run(AksArgs("trace"));

        Assert.Equal((int)ExitCodes.Findings, exit);
        Assert.Equal(string.Empty, streams.Error);
        GoldenFile.Verify(Relative(streams.Output), "trace", "aks-table", "txt");
    }

    [Fact]
    public void Should_report_mf025_for_the_pool_pods_reach_imds_on_When_auditing_with_the_aks_export()
    {
        using var streams = new TestStreams();

        streams.Run([.. AksArgs("audit"), "--format", "json"]);

        Assert.Contains("\"id\": \"MF025\"", streams.Output, StringComparison.Ordinal);
        Assert.Contains("node pool system", streams.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("node pool apps", streams.Output, StringComparison.Ordinal);
    }

    private static string[] AksArgs(string verb) =>
        [verb, "-f", Cluster, "-f", Path.Combine(Cloud, "azure", "nodes.yaml"), "--azure-aks", Path.Combine(Cloud, "azure", "aks.json"), "--cni", "calico"];

    [Fact]
    public void Should_add_only_node_findings_When_auditing_with_the_exports()
    {
        using var plain = new TestStreams();
        using var withExports = new TestStreams();

        plain.Run("audit", "-f", Cluster, "-f", Path.Combine(Cloud, "cluster"), "--format", "json");
        withExports.Run(["audit", .. AwsArgs, "--format", "json"]);

        var added = withExports.Output.Split('\n').Except(plain.Output.Split('\n')).ToList();
        Assert.Contains(added, line => line.Contains("\"id\": \"MF020\"", StringComparison.Ordinal));
        Assert.Contains(added, line => line.Contains("\"id\": \"MF021\"", StringComparison.Ordinal));
        Assert.Contains(added, line => line.Contains("\"id\": \"MF024\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plain.Output, "MF02", StringComparison.Ordinal);
    }

    internal static string Relative(string output) =>
        output.Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
