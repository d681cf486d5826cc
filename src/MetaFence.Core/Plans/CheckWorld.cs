using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Net;
using MetaFence.Core.Rules;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// The world the self-check asks about: the input cluster (or nothing) plus stand-ins, the
/// subjects of the fenced namespaces, and the destinations every subject is checked against.
/// </summary>
internal sealed record CheckWorld(ClusterSnapshot Before, ImmutableArray<CheckSubject> Subjects, ImmutableArray<CheckSubject> HostNetwork, ImmutableArray<CheckDestination> Destinations)
{
    /// <summary>A pod in a namespace of its own, standing for "any other pod of the cluster" (198.18.0.80, a benchmarking address).</summary>
    public static readonly PodInfo Peer = new()
    {
        Namespace = "metafence-check-peer",
        Name = "peer",
        Labels = LabelSet.Of(("app", "metafence-check-peer")),
        Ips = [IpAddress.V4(0xC6120050u)],
    };

    public static CheckWorld Build(FencePlan plan)
    {
        var request = plan.Request;
        var cluster = request.Cluster ?? ClusterSnapshot.Empty;
        var namespaces = CheckNamespaces(plan.Targets);
        var rows = SubjectBuilder.Build(cluster).Where(s => namespaces.Contains(s.Namespace)).ToList();
        var subjects = rows.Where(s => !s.HostNetwork)
            .Select(s => new CheckSubject(s.Representative, Describe(s), request.Allows.FirstOrDefault(a => a.Matches(s.Representative))))
            .Concat(namespaces.Select(ns => new CheckSubject(
                new PodInfo { Namespace = ns, Name = "metafence-check", Phase = PodPhase.Template }, $"a new pod in {ns}", null)
            { IsStandIn = true }))
            .Concat(request.Allows.Where(a => !rows.Any(s => a.Matches(s.Representative))).Select(StandIn).OfType<CheckSubject>())
            .ToImmutableArray();
        var hostNetwork = rows.Where(s => s.HostNetwork).Select(s => new CheckSubject(s.Representative, Describe(s), null)).ToImmutableArray();
        var dnsPod = cluster.Pods.FirstOrDefault(EgressWithoutDnsRule.IsDnsPod);
        var before = cluster with { Pods = [.. cluster.Pods, .. dnsPod is null ? [EgressWithoutDnsRule.StandInDnsPod] : Array.Empty<PodInfo>(), Peer] };
        return new CheckWorld(before, subjects, hostNetwork, CheckDestinations.For(plan.Blocks, (dnsPod ?? EgressWithoutDnsRule.StandInDnsPod).Ips[0], Peer.Ips[0]));
    }

    /// <summary>The targets; with none (cluster-wide styles, no input), a stand-in namespace the fence must cover.</summary>
    private static ImmutableArray<string> CheckNamespaces(FenceTargets targets) =>
        !targets.Namespaces.IsEmpty ? targets.Namespaces
        : targets.Exempt.Contains("default") ? ["metafence-check"]
        : ["default"];

    private static string Describe(AuditSubject subject) => subject.Kind switch
    {
        SubjectKind.Template => $"{subject.Object} (pod template)",
        _ => subject.Object.ToString(),
    };

    /// <summary>A pod carrying labels the --allow selector matches (In: its first value; Exists: "yes").</summary>
    private static CheckSubject? StandIn(AllowedWorkload allow)
    {
        var labels = allow.Selector.Requirements
            .Where(r => r.Operator is SelectorOperator.In or SelectorOperator.Exists)
            .Select(r => (r.Key, r.Operator == SelectorOperator.In ? r.Values[0] : "yes"))
            .ToArray();
        var pod = new PodInfo { Namespace = allow.Namespace, Name = "metafence-check-allowed", Labels = LabelSet.Of(labels), Phase = PodPhase.Template };
        return allow.Matches(pod) ? new CheckSubject(pod, $"a pod matching --allow {allow.Text}", allow) { IsStandIn = true } : null;
    }
}
