using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering.Tests.Fixtures;

/// <summary>
/// A tiny named world, every subject with its reason: x/web (no policy: reaches everything),
/// x/debug (NetworkPolicy except: blocked), y/node-agent (hostNetwork: reaches everything),
/// y/report (admin tier forgot IPv6), z/db (only TCP 8080 allowed: reaches gcp-metadata:8080).
/// </summary>
internal static class SampleReport
{
    public static readonly ImmutableArray<Endpoint> AllEndpoints =
        [Endpoints.AwsImds, Endpoints.AzureImds, Endpoints.GcpMetadata, Endpoints.NodeLocalDns, Endpoints.OracleImds];

    public static AuditReport Create() => new()
    {
        Endpoints = AllEndpoints,
        Subjects =
        [
            Subject(SubjectKind.Workload, "Deployment", "x", "web", ["web-7d9f8-a1", "web-7d9f8-b2", "web-7d9f8-c3"], false, Verdicts.DefaultAllow),
            Subject(SubjectKind.Pod, "Pod", "x", "debug", ["debug"], false, Verdicts.AllowEgressExceptMetadata),
            Subject(SubjectKind.Workload, "DaemonSet", "y", "node-agent", ["node-agent-k2", "node-agent-q7"], true, Verdicts.HostNetwork),
            Subject(SubjectKind.Template, "CronJob", "y", "report", [], false, Verdicts.AdminBlocksIpv4Only),
            Subject(SubjectKind.Workload, "StatefulSet", "z", "db", ["db-0"], false, Verdicts.Port8080Only),
        ],
        Findings = [.. SampleFindings.All],
        Snapshot = ClusterSnapshot.Empty with
        {
            Problems =
            [
                new ObjectProblem(
                    new ObjectRef("NetworkPolicy", "z", "bad-except"), true, "21",
                    "except 10.0.0.0/8 is not a strict subset of cidr 10.0.0.0/8",
                    new SourceLocation("policies/z.yaml", 1, "spec.egress[0].to[0].ipBlock.except[0]", 9)),
            ],
            SkippedTerminatedPods = 2,
            SkippedKinds = ImmutableSortedDictionary.CreateRange(
                StringComparer.Ordinal,
                [KeyValuePair.Create("Service", 1), KeyValuePair.Create("ConfigMap", 3)]),
        },
    };

    public static AuditReport Empty() => new()
    {
        Endpoints = AllEndpoints,
        Subjects = [],
        Findings = [],
        Snapshot = ClusterSnapshot.Empty,
    };

    public static SubjectResult Subject(
        SubjectKind kind, string workloadKind, string ns, string name, string[] pods, bool hostNetwork, Func<Destination, Verdict> policy)
    {
        var representative = new PodInfo
        {
            Namespace = ns,
            Name = pods.Length > 0 ? pods[0] : name,
            HostNetwork = hostNetwork,
            Phase = kind == SubjectKind.Template ? PodPhase.Template : PodPhase.Running,
            Owner = kind == SubjectKind.Pod ? null : new ObjectRef(workloadKind, ns, name),
            Location = new SourceLocation($"workloads/{ns}.yaml", 1, "spec.template", 7),
        };
        var subject = new AuditSubject
        {
            Kind = kind,
            Object = new ObjectRef(workloadKind, ns, name),
            Representative = representative,
            PodNames = [.. pods],
        };
        return new SubjectResult(subject, [.. AllEndpoints.Select(e => Evaluate(e, policy))]);
    }

    private static EndpointVerdict Evaluate(Endpoint endpoint, Func<Destination, Verdict> policy) =>
        new(endpoint, [.. from address in endpoint.Addresses
                          from port in endpoint.Ports
                          let destination = new Destination(address, port.Number, port.Protocol)
                          select new DestinationVerdict(destination, policy(destination))]);
}
