using MetaFence.Core.Dataplane;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Dataplane;

/// <summary>
/// Detection from what runs: each row is one DaemonSet as its manifests ship it (name,
/// namespace, images), the plugin expected, whether it enforces egress NetworkPolicy, and the
/// source of that claim.
/// </summary>
public sealed class DataplaneDetectorTests
{
    private const string Ecr = "602401143452.dkr.ecr.us-west-2.amazonaws.com/";

    public static TheoryData<DetectionCase> Rows =>
    [
        new("AWS docs cni-network-policy: the agent container in aws-node enforces when enabled",
            "kube-system", "aws-node", [Ecr + "amazon-k8s-cni:v1.19.2-eksbuild.1", Ecr + "amazon/aws-network-policy-agent:v1.1.6-eksbuild.1"],
            PluginKind.AwsVpcCni, Enforcement.EnforcesIfEnabled, IgnoresExcept: false),
        new("aws/aws-network-policy-agent#92, fixed in v1.0.4 (#120): v1.0.3 ignores except",
            "kube-system", "aws-node", [Ecr + "amazon-k8s-cni:v1.15.0", Ecr + "amazon/aws-network-policy-agent:v1.0.3-eksbuild.1"],
            PluginKind.AwsVpcCni, Enforcement.EnforcesIfEnabled, IgnoresExcept: true),
        new("AWS docs: VPC CNI before 1.14 (no agent container) enforces no NetworkPolicy",
            "kube-system", "aws-node", [Ecr + "amazon-k8s-cni:v1.12.6"], PluginKind.AwsVpcCni, Enforcement.DoesNotEnforce),
        new("Calico docs: calico-node enforces NetworkPolicy (operator install)",
            "calico-system", "calico-node", ["docker.io/calico/node:v3.29.1"], PluginKind.Calico, Enforcement.Enforces),
        new("Calico docs (Canal): Calico policy on Flannel networking",
            "kube-system", "canal", ["docker.io/calico/node:v3.29.1", "docker.io/flannel/flannel:v0.26.1"], PluginKind.Canal, Enforcement.Enforces),
        new("flannel-io/flannel#558: Flannel alone cannot apply network policy",
            "kube-flannel", "kube-flannel-ds", ["docker.io/flannel/flannel:v0.26.1"], PluginKind.Flannel, Enforcement.DoesNotEnforce),
        new("Cilium docs layer3: Cilium enforces NetworkPolicy; CIDR rules skip node addresses (SEMANTICS 59)",
            "kube-system", "cilium", ["quay.io/cilium/cilium:v1.16.5"], PluginKind.Cilium, Enforcement.Enforces, SkipsNodeServed: true),
        new("Azure container networking docs/cilium.md: Azure CNI powered by Cilium",
            "kube-system", "cilium", ["mcr.microsoft.com/oss/cilium/cilium:1.16.5"], PluginKind.AzureCniCilium, Enforcement.Enforces, SkipsNodeServed: true),
        new("GKE Dataplane V2 docs: the anetd DaemonSet in kube-system, NetworkPolicy always on, built on Cilium",
            "kube-system", "anetd", ["gke.gcr.io/cilium/cilium:v1.14.7-gke.1"], PluginKind.GkeDataplaneV2, Enforcement.Enforces, SkipsNodeServed: true),
        new("Azure NPM docs: azure-npm enforces NetworkPolicy",
            "kube-system", "azure-npm", ["mcr.microsoft.com/containernetworking/azure-npm:v1.5.45"], PluginKind.AzureNpm, Enforcement.Enforces),
        new("Kubernetes docs (Weave Net): weave-npc enforces NetworkPolicy",
            "kube-system", "weave-net", ["weaveworks/weave-kube:2.8.1", "weaveworks/weave-npc:2.8.1"], PluginKind.Weave, Enforcement.Enforces),
        new("Kubernetes docs (Weave Net): without weave-npc nothing enforces",
            "kube-system", "weave-net", ["weaveworks/weave-kube:2.8.1"], PluginKind.Weave, Enforcement.DoesNotEnforce),
        new("kube-router docs: its firewall enforces NetworkPolicy (reported, unverified)",
            "kube-system", "kube-router", ["docker.io/cloudnativelabs/kube-router:v2.4.1"], PluginKind.KubeRouter, Enforcement.Enforces),
        new("Antrea architecture docs: antrea-agent enforces NetworkPolicy (reported, unverified)",
            "kube-system", "antrea-agent", ["antrea/antrea-agent-ubuntu:v2.2.0"], PluginKind.Antrea, Enforcement.Enforces),
        new("OpenShift docs: OVN-Kubernetes implements ingress and egress rules",
            "openshift-ovn-kubernetes", "ovnkube-node", ["quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:0a1b"], PluginKind.OvnKubernetes, Enforcement.Enforces),
        new("OpenShift 4.7 docs: network policy for OpenShift SDN does not support egress rules",
            "openshift-sdn", "sdn", ["quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:9f8e"], PluginKind.OpenShiftSdn, Enforcement.IngressOnly,
            DropsExcept: true),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_detect_the_plugin_and_its_enforcement_When_its_DaemonSet_runs(DetectionCase row)
    {
        var profile = DataplaneDetector.Detect(row.Snapshot());

        var plugin = Assert.Single(profile.Plugins);
        Assert.Equal((row.Kind, row.Enforcement), (plugin.Kind, plugin.Enforcement));
        Assert.Equal(row.IgnoresExcept, plugin.Quirks.IgnoresExcept is not null);
        Assert.Equal(row.DropsExcept, plugin.Quirks.DropsIpBlockWithExcept is not null);
        Assert.Equal(row.SkipsNodeServed, plugin.Quirks.CidrSkipsNodeServed is not null);
        Assert.StartsWith($"DaemonSet {row.Namespace}/{row.Name}", plugin.Evidence, StringComparison.Ordinal);
        Assert.StartsWith("https://", plugin.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_non_enforcing_plugin_When_no_plugin_enforces_egress()
    {
        var flannel = new DetectionCase("flannel-io/flannel#558", "kube-flannel", "kube-flannel-ds", ["docker.io/flannel/flannel:v0.26.1"],
            PluginKind.Flannel, Enforcement.DoesNotEnforce);

        var profile = DataplaneDetector.Detect(flannel.Snapshot());

        Assert.Equal(PluginKind.Flannel, profile.NonEnforcing?.Kind);
        Assert.Null(DataplaneDetector.Detect(ClusterSnapshot.Empty).NonEnforcing);
    }

    [Theory]
    [InlineData("602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-network-policy-agent:v1.0.3-eksbuild.1", "1.0.3")]
    [InlineData("registry:5000/cilium/cilium:v1.16.5@sha256:abcd", "1.16.5")]
    [InlineData("registry:5000/cilium/cilium", null)]
    [InlineData("quay.io/x@sha256:0a1b", null)]
    public void Should_read_the_version_in_the_tag_When_an_image_has_one(string image, string? expected)
    {
        Assert.Equal(expected, ImageVersion.Of(image)?.ToString());
    }

    /// <summary>One row of <see cref="Rows"/>.</summary>
    public sealed record DetectionCase(
        string Source, string Namespace, string Name, string[] Images, PluginKind Kind, Enforcement Enforcement,
        bool IgnoresExcept = false, bool DropsExcept = false, bool SkipsNodeServed = false)
    {
        public ClusterSnapshot Snapshot() => ClusterSnapshot.Empty with
        {
            Pods =
            [
                new PodInfo
                {
                    Namespace = Namespace,
                    Name = Name,
                    Phase = PodPhase.Template,
                    HostNetwork = true,
                    Owner = new ObjectRef("DaemonSet", Namespace, Name),
                    Images = [.. Images],
                },
            ],
        };

        public override string ToString() => $"{Namespace}/{Name} -> {Kind} [{Source}]";
    }
}
