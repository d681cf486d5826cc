using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;
using MetaFence.Core.Trace;
using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Posture.PostureWorld;

namespace MetaFence.Core.Tests.Trace;

public sealed class TracerTests
{
    /// <summary>Three subjects on node n1: an internet-facing web pod, an internal api pod, a host-network agent in kube-system.</summary>
    private const string Pods = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: app, labels: {app: web}}
        spec: {nodeName: n1, containers: [{name: web, image: web}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: app, labels: {app: api}}
        spec: {nodeName: n1, containers: [{name: api, image: api}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: agent, namespace: kube-system}
        spec: {nodeName: n1, hostNetwork: true, containers: [{name: agent, image: agent}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: app}
        spec: {type: LoadBalancer, selector: {app: web}}
        """;

    private static TraceReport Trace(string tokens, int hops, string extra = "")
    {
        var snapshot = Yaml.Load(string.Join("\n---\n", new[] { Nodes, Pods, extra }.Where(s => s.Length > 0)));
        var posture = NodePostureJoin.Build(snapshot, new PostureInput { Instances = Instances(tokens, hops), Iam = Iam("iam:PassRole", "ec2:RunInstances") });
        var audit = Auditor.Run(snapshot, new AuditOptions(EndpointCatalog.ForProviders(["aws"])) { Posture = posture });
        return Tracer.Run(audit, posture);
    }

    private static string[] Ranked(TraceReport report) =>
        [.. report.Paths.Select(p => $"{p.Subject.Namespace}/{p.Subject.Object.Name} {p.Severity}")];

    [Fact]
    public void Should_rank_the_internet_facing_subject_first_and_system_agents_last_When_imdsv1_exposes_every_pod()
    {
        var report = Trace("optional", 1);

        // PassRole + RunInstances is a published escalation (critical); internet-facing cannot go higher;
        // kube-system agents rank two levels lower.
        Assert.Equal(["app/web Critical", "app/api Critical", "kube-system/agent Medium"], Ranked(report));
        Assert.True(report.Paths[0].Exposure.InternetFacing);
        Assert.Equal(["Service app/web (LoadBalancer)"], report.Paths[0].Exposure.Via.ToArray());
    }

    [Fact]
    public void Should_keep_only_the_host_network_path_When_nodes_require_imdsv2_with_hop_limit_1()
    {
        // EKS Best Practices, "Restrict access to the instance profile …": IMDSv2 and hop limit 1
        // stop pod-network pods, not host-network ones (SEMANTICS 36).
        var report = Trace("required", 1);

        Assert.Equal(["kube-system/agent Medium"], Ranked(report));
        Assert.Equal(2, report.Counts.BlockedByNode);
    }

    [Fact]
    public void Should_expose_pod_network_pods_When_the_hop_limit_is_2_as_eks_managed_node_groups_default()
    {
        var report = Trace("required", 2);

        Assert.Equal(["app/web Critical", "app/api Critical", "kube-system/agent Medium"], Ranked(report));
        Assert.Contains("hop limit 2 lets the token reply travel the 2 hops", report.Paths[0].Verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_offer_the_cheapest_fix_per_path_When_paths_differ_in_network_and_namespace()
    {
        var report = Trace("optional", 1);

        var web = report.Paths.Single(p => p.Subject.Object.Name == "web");
        var agent = report.Paths.Single(p => p.Subject.Object.Name == "agent");
        Assert.Equal([FixKind.NamespaceFence, FixKind.NodeSettings, FixKind.NarrowIdentity], web.Fixes.Select(f => f.Kind));
        Assert.Equal([FixKind.NarrowIdentity, FixKind.NodeFirewall], agent.Fixes.Select(f => f.Kind));
        Assert.Equal("apply the metafence fence to namespace app", web.Fix.Summary);
        Assert.Equal((2, 2, 3), (web.Fixes[0].PathsCut, web.Fixes[1].PathsCut, web.Fixes[2].PathsCut));
    }

    [Fact]
    public void Should_group_paths_that_share_node_group_and_identity_When_several_subjects_reach_one_node()
    {
        var report = Trace("optional", 1);

        var group = Assert.Single(report.Groups);
        Assert.Equal(3, group.Paths.Length);
        Assert.Equal(Severity.Critical, group.Severity);
        Assert.Equal([FixKind.NamespaceFence, FixKind.NodeSettings, FixKind.NarrowIdentity, FixKind.NodeFirewall], group.Fixes.Select(f => f.Kind));
    }

    [Fact]
    public void Should_count_unknown_and_name_the_node_When_a_pod_runs_on_a_node_no_export_covers()
    {
        var report = Trace("optional", 1, """
            apiVersion: v1
            kind: Pod
            metadata: {name: batch, namespace: jobs}
            spec: {nodeName: lost, containers: [{name: b, image: b}]}
            """);

        Assert.Equal(1, report.Counts.Unknown);
        Assert.Contains("posture unknown for 1 node(s) (lost): instance i-00000000000000ff is not in the EC2 export", report.Notes);
    }
}
