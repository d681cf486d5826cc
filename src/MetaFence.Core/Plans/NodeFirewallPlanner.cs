using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>
/// The <c>node-firewall</c> style (DESIGN layer 3): the same <see cref="BlockList"/> as every policy
/// style, as iptables and ip6tables rules on each node. They filter only traffic the node
/// <em>forwards</em> from pod CIDRs, so host-network pods and the node's own agents, whose packets
/// leave through OUTPUT, keep their access; a packet an identity proxy DNATs to the node itself
/// goes through INPUT and is left to the proxy.
/// </summary>
internal static class NodeFirewallPlanner
{
    public const string Name = "metafence-node-firewall";

    /// <summary>Private IPv4 ranges (RFC 1918, RFC 6598) and IPv6 unique-local addresses: where CNIs put pods by default.</summary>
    public static ImmutableArray<Cidr> GuessedPodCidrs { get; } =
        [.. new[] { "10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7" }.Select(Parse)];

    public static StylePlan Plan(PlanContext context, ImmutableArray<string>.Builder notes)
    {
        var settings = context.Request.NodeFirewall;
        var guessed = settings.PodCidrs.IsEmpty;
        if (guessed)
        {
            notes.Add($"--style node-firewall: no --pod-cidr given, so the rules filter traffic from the guessed pod CIDRs {string.Join(", ", GuessedPodCidrs)}; "
                + "pods outside them are not fenced: pass the cluster's pod CIDRs (kubectl get nodes -o jsonpath='{.items[*].spec.podCIDRs}')");
        }

        var rules = new FirewallRuleSet
        {
            PodCidrs = guessed ? GuessedPodCidrs : [.. settings.PodCidrs.Distinct().OrderBy(c => c.Network).ThenBy(c => c.PrefixLength)],
            Rules = RulesFor(context.Blocks),
            IsGuessed = guessed,
        };
        var script = new NodeFirewallScriptPlan
        {
            Style = FenceStyle.NodeFirewall,
            Name = Name,
            Namespace = settings.Namespace,
            Rules = rules,
            Comments =
            [
                $"The node firewall's script (layer 3): {FenceComments.Blocks(context.Blocks)}",
                $"It drops what nodes forward from pods ({string.Join(", ", rules.PodCidrs)}{(guessed ? ", guessed: set --pod-cidr" : string.Empty)}) "
                    + "to those addresses, and leaves the OUTPUT chain alone: host-network pods and the node's own agents keep their access.",
                .. FenceComments.Kept(context.Blocks, k => k.IsCarvedOut ? "a RETURN rule ahead of the drops keeps it" : "never dropped"),
            ],
        };
        return new StylePlan(FenceStyle.NodeFirewall, [script, DaemonSet(settings)]);
    }

    internal static ImmutableArray<FirewallRule> RulesFor(BlockList blocks)
    {
        var keep = blocks.Carveouts.SelectMany(c => c.Cidrs.Select(cidr =>
            new FirewallRule(FirewallAction.Keep, cidr, c.Ports, $"{c.Service.Id}: {c.Service.Description}")));
        var drop = blocks.Blocked.Select(b => new FirewallRule(FirewallAction.Drop, b.Cidr, [], b.Why));
        return [.. keep.OrderBy(r => r.Destination.Network), .. drop];
    }

    private static NodeFirewallDaemonSetPlan DaemonSet(NodeFirewallSettings settings) => new()
    {
        Style = FenceStyle.NodeFirewall,
        Name = Name,
        Namespace = settings.Namespace,
        Image = settings.Image,
        ConfigMap = Name,
        Comments =
        [
            "Runs the script on every node (tolerates every taint): host network, root for iptables, NET_ADMIN and NET_RAW only, not privileged.",
            $"Rules live in chain {FirewallRuleSet.Chain} of the filter table (IPv4 and IPv6), jumped to first from FORWARD, and are re-asserted every minute.",
            "FORWARD, not PREROUTING: identity proxies (kube2iam, kiam, the GKE metadata server) DNAT metadata traffic to the node, where INPUT sees it; "
                + "filtering before the DNAT would break them. CNIs that route pods around netfilter (Cilium eBPF host routing) never reach FORWARD: use --style cilium there.",
            "Uninstall: deleting the DaemonSet sends SIGTERM and the script removes its rules before it exits. If a node dies or the pod is killed "
                + "without SIGTERM, the rules stay until the node reboots; remove them on the node with the script's uninstall mode:",
            $"$ kubectl -n {settings.Namespace} get configmap {Name} -o jsonpath='{{.data.metafence-firewall\\.sh}}' | sudo sh -s uninstall",
        ],
    };

    private static Cidr Parse(string text) => Cidr.TryParse(text, out var cidr, out _) ? cidr : throw new ArgumentException(text);
}
