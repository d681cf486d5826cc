using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Cli.Tests.Generate;

/// <summary>
/// Independent of the self-check: apply what generate printed to the cluster and ask the engine.
/// The --allow workload keeps IMDS; its neighbours in the same namespace lose it.
/// </summary>
public sealed class AllowKeepsAccessTests : IDisposable
{
    private static readonly Destination Imds = new(IpAddress.V4(0xA9FEA9FEu), 80, Protocol.TCP);

    private readonly GenerateCluster _cluster = new();

    [Theory]
    [InlineData("networkpolicy")]
    [InlineData("two-policy")]
    [InlineData("admin")]
    [InlineData("baseline")]
    public void Should_keep_metadata_for_the_allowed_workload_only_When_allow_names_it(string style)
    {
        var extra = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: dashboard, namespace: monitoring}
            spec:
              selector: {matchLabels: {app: dashboard}}
              template:
                metadata: {labels: {app: dashboard}}
                spec: {containers: [{name: dashboard, image: grafana/grafana}]}
            """;
        File.WriteAllText(_cluster.PathOf("dashboard.yaml"), extra);
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.Folder, "--style", style, "--allow", "monitoring/app=cloud-agent");

        Assert.True(exit == 0, streams.Error);
        var applied = Yaml.Load(GenerateCluster.Manifests + "\n---\n" + extra + "\n---\n" + streams.Output);
        var engine = new EgressEngine(applied);
        Assert.True(engine.Evaluate(Template(applied, "cloud-agent"), Imds).Allowed);
        Assert.False(engine.Evaluate(Template(applied, "dashboard"), Imds).Allowed);
    }

    public void Dispose() => _cluster.Dispose();

    private static PodInfo Template(ClusterSnapshot snapshot, string workload) =>
        snapshot.Pods.Single(p => p.Namespace == "monitoring" && p.Owner?.Name == workload);
}
