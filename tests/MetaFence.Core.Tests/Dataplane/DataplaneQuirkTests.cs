using MetaFence.Core.Dataplane;
using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Dataplane;

/// <summary>
/// Known dataplane deviations change the verdict and say so. Each row: a world, the dataplane,
/// a question, the verdict under that dataplane and the verdict under the standard semantics,
/// and the source of the deviation.
/// </summary>
public sealed class DataplaneQuirkTests
{
    private const string Metadata = "169.254.169.254:80/TCP";

    private static readonly World Base = World.Standard()
        .Node("linux-1", "10.9.0.1", "kubernetes.io/os=linux")
        .Node("win-1", "10.9.0.2", "kubernetes.io/os=windows")
        .Node("fargate-1", "10.9.0.3", "eks.amazonaws.com/compute-type=fargate")
        .Pod("x/on-linux", "10.0.1.11", "pod=a", node: "linux-1")
        .Pod("x/on-windows", "10.0.1.12", "pod=a", node: "win-1")
        .Pod("x/on-fargate", "10.0.1.13", "pod=a", node: "fargate-1");

    private static readonly World AllowAllButMetadata = Base.EgressPolicy("x/except-metadata", "",
        Egress.To(Peer.Block("0.0.0.0/0", "169.254.169.254/32")));

    private static readonly World DenyAll = Base.EgressPolicy("x/deny-all", "");

    private static readonly World NodeLocalDnsByIpBlock = Base.EgressPolicy("x/dns", "",
        Egress.To(Peer.Block("169.254.20.10/32")).On("53/UDP"));

    public static TheoryData<QuirkCase> Rows =>
    [
        new("aws/aws-network-policy-agent#92 (fixed in v1.0.4, #120): except ignored, the whole cidr matches",
            AllowAllButMetadata, Aws("v1.0.3"), "x/a", Metadata, Allowed: true, StandardAllowed: false, NoteContains: "ignores ipBlock except"),
        new("aws/aws-network-policy-agent#120: v1.0.4 honours except",
            AllowAllButMetadata, Aws("v1.0.4"), "x/a", Metadata, Allowed: false, StandardAllowed: false),
        new("OpenShift 4.5 docs: an ipBlock with except is ignored entirely",
            AllowAllButMetadata, Quirky(new DataplaneQuirks { DropsIpBlockWithExcept = "OpenShift SDN ignores an ipBlock that has except" }),
            "x/a", "192.0.2.10:443/TCP", Allowed: false, StandardAllowed: true, NoteContains: "ignores an ipBlock"),
        new("SEMANTICS 59, cilium/cilium#16308: an ipBlock does not open NodeLocal DNS on Cilium",
            NodeLocalDnsByIpBlock, Detected("cilium", "quay.io/cilium/cilium:v1.16.5"), "x/a", "169.254.20.10:53/UDP",
            Allowed: false, StandardAllowed: true, NoteContains: "node serves itself"),
        new("SEMANTICS 59: ... other ipBlock destinations are unaffected",
            AllowAllButMetadata, Detected("cilium", "quay.io/cilium/cilium:v1.16.5"), "x/a", "192.0.2.10:443/TCP", Allowed: true, StandardAllowed: true),
        new("flannel-io/flannel#558: Flannel enforces nothing, a deny-all does not stop the pod",
            DenyAll, Detected("kube-flannel-ds", "docker.io/flannel/flannel:v0.26.1"), "x/a", Metadata,
            Allowed: true, StandardAllowed: false, NoteContains: "does not enforce", Decision: Decision.NotEnforced),
        new("SEMANTICS 39: EKS enforces nothing on Windows nodes",
            DenyAll, Aws("v1.1.6"), "x/on-windows", Metadata, Allowed: true, StandardAllowed: false, NoteContains: "Windows", Decision: Decision.NotEnforced),
        new("SEMANTICS 39: EKS enforces nothing on Fargate nodes",
            DenyAll, Aws("v1.1.6"), "x/on-fargate", Metadata, Allowed: true, StandardAllowed: false, NoteContains: "Fargate", Decision: Decision.NotEnforced),
        new("SEMANTICS 39: ... but does on Linux nodes",
            DenyAll, Aws("v1.1.6"), "x/on-linux", Metadata, Allowed: false, StandardAllowed: false),
        new("SEMANTICS 39: Windows nodes are fine on Calico (no Windows claim made)",
            DenyAll, Detected("calico-node", "docker.io/calico/node:v3.29.1"), "x/on-windows", Metadata, Allowed: false, StandardAllowed: false),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_apply_the_dataplane_deviation_and_say_so_When_the_plugin_has_one(QuirkCase row)
    {
        var snapshot = row.World.Build();
        var pod = snapshot.Pod(row.From);
        var destination = snapshot.Destination(row.To);

        var verdict = new EgressEngine(snapshot, row.Dataplane).Evaluate(pod, destination);
        var standard = new EgressEngine(snapshot).Evaluate(pod, destination);

        Assert.True(row.Allowed == verdict.Allowed, $"{row.Source}: {verdict.Decision} [{string.Join("; ", verdict.Notes)}]");
        Assert.Equal(row.StandardAllowed, standard.Allowed);
        if (row.NoteContains is { } note)
        {
            Assert.Contains(verdict.Notes, n => n.Contains(note, StringComparison.Ordinal));
        }

        if (row.Decision is { } decision)
        {
            Assert.Equal(decision, verdict.Decision);
        }
    }

    [Fact]
    public void Should_treat_a_windows_template_by_its_node_selector_When_EKS_runs_it()
    {
        var snapshot = DenyAll.Build();
        var template = snapshot.Pod("x/a") with { Phase = Core.Snapshot.PodPhase.Template, NodeName = null, OsSelector = "windows" };

        var verdict = new EgressEngine(snapshot, Aws("v1.1.6")).Evaluate(template, snapshot.Destination(Metadata));

        Assert.Equal(Decision.NotEnforced, verdict.Decision);
    }

    private static DataplaneProfile Aws(string agentVersion) =>
        Detected("aws-node", "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.19.2",
            $"602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-network-policy-agent:{agentVersion}-eksbuild.1");

    private static DataplaneProfile Detected(string daemonSet, params string[] images) =>
        DataplaneDetector.Detect(Core.Snapshot.ClusterSnapshot.Empty with
        {
            Pods = [new Core.Snapshot.PodInfo
            {
                Namespace = "kube-system",
                Name = daemonSet,
                Phase = Core.Snapshot.PodPhase.Template,
                HostNetwork = true,
                Owner = new Core.Snapshot.ObjectRef("DaemonSet", "kube-system", daemonSet),
                Images = [.. images],
            }],
        });

    private static DataplaneProfile Quirky(DataplaneQuirks quirks) => new()
    {
        Plugins = [new DetectedPlugin
        {
            Kind = PluginKind.OpenShiftSdn, Name = "a plugin with the quirk", Enforcement = Enforcement.Enforces,
            Evidence = "test", Source = PluginSources.OpenShiftSdnIpBlock, Explanation = "test", Quirks = quirks,
        }],
    };

    /// <summary>One row of <see cref="Rows"/>.</summary>
    public sealed record QuirkCase(
        string Source, World World, DataplaneProfile Dataplane, string From, string To, bool Allowed, bool StandardAllowed,
        string? NoteContains = null, Decision? Decision = null)
    {
        public override string ToString() => $"{From} -> {To} [{Source}]";
    }
}
