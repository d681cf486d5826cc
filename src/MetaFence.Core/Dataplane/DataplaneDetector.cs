using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Dataplane;

/// <summary>
/// Which network plugin runs, from the DaemonSets and pods of the snapshot (names and images),
/// and whether it enforces egress NetworkPolicy. Pure: the same snapshot, the same answer.
/// Each detection names its evidence and its source (<see cref="PluginSources"/>).
/// </summary>
public static class DataplaneDetector
{
    /// <summary>AWS fixed the ignored <c>except</c> in agent v1.0.4 (aws/aws-network-policy-agent#92, #120).</summary>
    public static readonly Version AwsExceptFixed = new(1, 0, 4);

    public static DataplaneProfile Detect(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var workloads = RunningWorkload.Of(snapshot);
        var plugins = ImmutableArray.CreateBuilder<DetectedPlugin>();
        foreach (var workload in workloads)
        {
            if (Plugin(workload) is { } plugin && !plugins.Any(p => p.Kind == plugin.Kind))
            {
                plugins.Add(plugin);
            }
        }

        var found = plugins.ToImmutable();
        var aws = found.Any(p => p.Kind == PluginKind.AwsVpcCni);
        var cilium = found.Any(p => p.Kind is PluginKind.Cilium or PluginKind.AzureCniCilium or PluginKind.GkeDataplaneV2);
        return new DataplaneProfile
        {
            Plugins = found,
            IdentityProxies = IdentityProxies.Detect(snapshot),
            WindowsUnprotected = aws
                ? $"runs on a Windows node, where the AWS VPC CNI enforces no NetworkPolicy (SEMANTICS 39, {PluginSources.AwsNetworkPolicy})"
                : cilium ? "runs on a Windows node, where Cilium does not run (reported, unverified)" : null,
            FargateUnprotected = aws
                ? $"runs on an EKS Fargate node, where NetworkPolicy is not enforced (SEMANTICS 39, {PluginSources.AwsNetworkPolicy})"
                : null,
        };
    }

    private static DetectedPlugin? Plugin(RunningWorkload w)
    {
        var name = w.Name;
        if (name == "anetd" && w.Namespace == "kube-system")
        {
            return Make(PluginKind.GkeDataplaneV2, "GKE Dataplane V2 (anetd)", Enforcement.Enforces, w, null, PluginSources.GkeDataplaneV2,
                "GKE Dataplane V2 always enforces NetworkPolicy; it is built on Cilium") with
            { Quirks = NodeServedQuirk("GKE Dataplane V2 is built on Cilium; assumed to share Cilium's CIDR behaviour (reported, unverified)") };
        }

        if (name == "aws-node" || w.Image("amazon-k8s-cni") is not null)
        {
            return Aws(w);
        }

        if (name == "canal" || (w.Image("calico/node") is not null && w.Image("flannel") is not null))
        {
            return Make(PluginKind.Canal, "Canal (Calico policy on Flannel)", Enforcement.Enforces, w, w.Image("calico/node"), PluginSources.Canal,
                "Calico enforces NetworkPolicy on the Flannel network");
        }

        if (name == "calico-node" || w.Image("calico/node") is not null)
        {
            return Make(PluginKind.Calico, "Calico", Enforcement.Enforces, w, w.Image("calico/node"), PluginSources.Calico, "Calico enforces NetworkPolicy");
        }

        if (name == "cilium" || w.Image("cilium/cilium") is not null)
        {
            var azure = w.Image("mcr.microsoft.com/") is not null;
            return Make(azure ? PluginKind.AzureCniCilium : PluginKind.Cilium, azure ? "Azure CNI powered by Cilium" : "Cilium", Enforcement.Enforces,
                w, w.Image("cilium"), azure ? PluginSources.AzureCilium : PluginSources.Cilium, "Cilium enforces NetworkPolicy") with
            { Quirks = NodeServedQuirk("SEMANTICS 59") };
        }

        return OtherPlugin(w);
    }

    private static DetectedPlugin? OtherPlugin(RunningWorkload w) => w.Name switch
    {
        "azure-npm" => Make(PluginKind.AzureNpm, "Azure Network Policy Manager", Enforcement.Enforces, w, w.Image("azure-npm"), PluginSources.AzureNpm,
            "Azure NPM enforces NetworkPolicy with iptables on Linux"),
        "kube-flannel-ds" or "kube-flannel" => Make(PluginKind.Flannel, "Flannel", Enforcement.DoesNotEnforce, w, w.Image("flannel"), PluginSources.Flannel,
            "Flannel routes pod traffic and enforces no NetworkPolicy; add Calico (Canal) or replace it"),
        "kube-router" => Make(PluginKind.KubeRouter, "kube-router", Enforcement.Enforces, w, w.Image("kube-router"), PluginSources.KubeRouter,
            "kube-router's network policy controller enforces NetworkPolicy unless --run-firewall=false (reported, unverified)") with
        { Verified = false },
        "weave-net" => w.Image("weave-npc") is not null
            ? Make(PluginKind.Weave, "Weave Net with weave-npc", Enforcement.Enforces, w, w.Image("weave-npc"), PluginSources.Weave, "weave-npc enforces NetworkPolicy")
            : Make(PluginKind.Weave, "Weave Net without weave-npc", Enforcement.DoesNotEnforce, w, w.Image("weave"), PluginSources.Weave,
                "the weave-npc container, which enforces NetworkPolicy, is missing from the weave-net DaemonSet"),
        "antrea-agent" => Make(PluginKind.Antrea, "Antrea", Enforcement.Enforces, w, w.Image("antrea"), PluginSources.Antrea,
            "the Antrea agent enforces NetworkPolicy (reported, unverified)") with
        { Verified = false },
        "ovnkube-node" => Make(PluginKind.OvnKubernetes, "OVN-Kubernetes", Enforcement.Enforces, w, null, PluginSources.OvnKubernetes,
            "OVN-Kubernetes implements NetworkPolicy ingress and egress rules"),
        "sdn" when w.Namespace == "openshift-sdn" => Make(PluginKind.OpenShiftSdn, "OpenShift SDN", Enforcement.IngressOnly, w, null, PluginSources.OpenShiftSdn,
            "network policy for OpenShift SDN does not support egress rules and some ipBlock rules") with
        {
            Quirks = new DataplaneQuirks
            {
                DropsIpBlockWithExcept = $"OpenShift SDN ignores an ipBlock that has except entirely ({PluginSources.OpenShiftSdnIpBlock})",
            },
        },
        _ => null,
    };

    /// <summary>AWS VPC CNI: enforces only with its network policy agent (a container of aws-node), and before v1.0.4 ignores except.</summary>
    private static DetectedPlugin Aws(RunningWorkload w)
    {
        var agent = w.Image("aws-network-policy-agent");
        if (agent is null)
        {
            return Make(PluginKind.AwsVpcCni, "AWS VPC CNI without the network policy agent", Enforcement.DoesNotEnforce, w, w.Image("amazon-k8s-cni"),
                PluginSources.AwsNetworkPolicy, "aws-node has no aws-network-policy-agent container, so nothing enforces NetworkPolicy (VPC CNI before 1.14, or policy support removed)");
        }

        var version = ImageVersion.Of(agent);
        var buggy = version is not null && version < AwsExceptFixed;
        return Make(PluginKind.AwsVpcCni, $"AWS VPC CNI with the network policy agent{(version is null ? string.Empty : $" v{version}")}",
            Enforcement.EnforcesIfEnabled, w, agent, PluginSources.AwsNetworkPolicy,
            "the agent enforces NetworkPolicy only when the add-on's enableNetworkPolicy (--enable-network-policy=true) is on, which the input does not show") with
        {
            Quirks = buggy
                ? new DataplaneQuirks { IgnoresExcept = $"the AWS network policy agent v{version} ignores ipBlock except before v1.0.4 ({PluginSources.AwsExceptBug})" }
                : DataplaneQuirks.None,
        };
    }

    private static DataplaneQuirks NodeServedQuirk(string basis) => new()
    {
        CidrSkipsNodeServed = $"Cilium CIDR rules and ipBlocks never match addresses the node serves itself, such as NodeLocal DNS ({basis}; {PluginSources.CiliumNodeLocal})",
    };

    private static DetectedPlugin Make(PluginKind kind, string name, Enforcement enforcement, RunningWorkload w, string? image, string source, string explanation) =>
        new() { Kind = kind, Name = name, Enforcement = enforcement, Evidence = w.Evidence(image), Source = source, Explanation = explanation };
}
