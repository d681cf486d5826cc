using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Core.Tests.Review;

/// <summary>Helpers for the review tests: tiny YAML worlds through the real loader.</summary>
internal static class ReviewWorld
{
    public const string WebPod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: app, labels: {app: web}}
        spec: {containers: [{name: web, image: web}]}
        status: {phase: Running, podIP: 10.0.0.5}
        """;

    public static readonly AuditOptions Aws = new(EndpointCatalog.ForProviders(["aws"])) { ChosenProviders = ["aws"] };

    public static string Join(params string[] documents) => string.Join("\n---\n", documents);

    /// <summary>The verdict for the pod (or template) named <paramref name="pod"/> sending to address:port/protocol.</summary>
    public static Verdict Evaluate(ClusterSnapshot snapshot, string pod, string address, int port = 80, Protocol protocol = Protocol.TCP)
    {
        Assert.True(IpAddress.TryParse(address, out var ip), address);
        var subject = Assert.Single(snapshot.Pods, p => p.Name == pod);
        return new EgressEngine(snapshot).Evaluate(subject, new Destination(ip, port, protocol));
    }

    public static AuditReport AuditYaml(string yaml) => Auditor.Run(Yaml.Load(yaml), Aws);
}
