using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.Generate;

/// <summary>Each style's output for <see cref="GenerateCluster"/>, exactly (STYLE §6): Golden/generate/&lt;case&gt;.</summary>
public sealed class GenerateGoldenTests : IDisposable
{
    private readonly GenerateCluster _cluster = new();

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "networkpolicy", "yaml", ["--allow", "monitoring/app=cloud-agent"] },
        { "two-policy", "yaml", ["--style", "two-policy", "--provider", "aws"] },
        { "link-local", "yaml", ["--scope", "link-local", "--provider", "aws,gcp"] },
        { "admin", "yaml", ["--style", "admin", "--allow", "monitoring/app=cloud-agent", "--priority", "50"] },
        { "admin-v1alpha1", "yaml", ["--style", "admin", "--api", "v1alpha1", "--provider", "aws"] },
        { "baseline", "yaml", ["--style", "baseline", "--provider", "azure"] },
        { "baseline-v1alpha1", "yaml", ["--style", "baseline", "--api", "v1alpha1", "--provider", "aws"] },
        { "calico", "yaml", ["--style", "calico", "--allow", "monitoring/app=cloud-agent", "--provider", "aws,gcp"] },
        { "cilium", "yaml", ["--style", "cilium", "--allow", "monitoring/app=cloud-agent", "--provider", "aws,gcp"] },
        { "cilium-link-local", "yaml", ["--style", "cilium", "--scope", "link-local", "--provider", "aws"] },
        { "pod-security", "yaml", ["--style", "pod-security", "--level", "restricted", "--namespace", "shop"] },
        { "cloud", "md", ["--style", "cloud", "--provider", "aws,gcp,azure"] },
        { "node-firewall", "yaml", ["--style", "node-firewall", "--provider", "aws,gcp", "--pod-cidr", "10.244.0.0/16,fd00:10:244::/56"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_match_golden_When_generating_a_style(string name, string extension, string[] options)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(["generate", "-f", _cluster.File, .. options]);

        Assert.True(exit == 0, streams.Error);
        GoldenFile.Verify(streams.Output, "generate", name, extension);
    }

    [Fact]
    public void Should_warn_about_host_network_pods_with_the_layers_that_protect_them_When_a_target_runs_one()
    {
        using var streams = new TestStreams();

        streams.Run("generate", "-f", _cluster.File);

        Assert.Equal(
            "warning: DaemonSet monitoring/node-exporter (pod template) uses the host network: no NetworkPolicy or cluster-wide policy can protect it "
            + "(SEMANTICS 36), and the IMDSv2 hop limit does not stop it. Nor does --style node-firewall, which filters only traffic forwarded from pods. What does: "
            + "Pod Security (--style pod-security refuses new hostNetwork pods), or dropping hostNetwork.\n",
            streams.Error);
    }

    [Fact]
    public void Should_write_the_same_bytes_When_run_twice()
    {
        using var first = new TestStreams();
        using var second = new TestStreams();

        first.Run("generate", "-f", _cluster.File, "--style", "networkpolicy,admin,cloud");
        second.Run("generate", "-f", _cluster.File, "--style", "cloud,admin,networkpolicy");

        Assert.Equal(first.Output, second.Output);
    }

    public void Dispose() => _cluster.Dispose();
}
