using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// The <c>networkpolicy</c> and <c>two-policy</c> styles: per target namespace, egress allowed to
/// DNS, to every pod, and to everything else but the blocked networks, plus the carve-outs.
/// </summary>
internal static class NetworkPolicyPlanner
{
    public const string FenceName = "metafence-deny-metadata";
    public const string DenyAllName = "metafence-default-deny-egress";
    public const string AllowName = "metafence-allow-egress-except-metadata";

    private static readonly ImmutableArray<ServicePort> Dns = [new(53, Protocol.UDP), new(53, Protocol.TCP)];

    public static StylePlan Plan(PlanContext context, bool pair)
    {
        var style = pair ? FenceStyle.TwoPolicy : FenceStyle.NetworkPolicy;
        var rules = Rules(context.Blocks);
        var objects = new List<PlannedObject>();
        foreach (var ns in context.Targets.Namespaces)
        {
            var allows = context.Request.Allows.Where(a => a.Namespace == ns).ToList();
            var selectors = FenceSelectors.For(allows);
            for (var i = 0; i < selectors.Length; i++)
            {
                var suffix = i == 0 ? string.Empty : $"-{i + 1}";
                var selectorComment = SelectorComment(allows, selectors.Length);
                if (pair)
                {
                    objects.Add(new NetworkPolicyPlan
                    {
                        Style = style,
                        Name = DenyAllName + suffix,
                        Namespace = ns,
                        PodSelector = selectors[i],
                        PodSelectorComment = selectorComment,
                        Comments = [$"Default-deny egress for {ns}; {AllowName}{suffix} below allows everything but the credential endpoints.",
                            "Together the pair allows exactly what the single policy of --style networkpolicy allows: NetworkPolicies add up (SEMANTICS 7)."],
                    });
                }

                objects.Add(new NetworkPolicyPlan
                {
                    Style = style,
                    Name = (pair ? AllowName : FenceName) + suffix,
                    Namespace = ns,
                    PodSelector = selectors[i],
                    PodSelectorComment = selectorComment,
                    Egress = rules,
                    Comments = Header(context, ns),
                });
            }
        }

        return new StylePlan(style, [.. objects]);
    }

    private static ImmutableArray<string> Header(PlanContext context, string ns) =>
    [
        $"Fences namespace {ns} against cloud metadata: {FenceComments.Blocks(context.Blocks)}",
        .. FenceComments.Kept(context.Blocks, k =>
            context.Blocks.NodeLocalDns.Any(k.Service.Addresses.Contains) ? "allowed by the DNS rule"
            : k.IsCarvedOut ? "its address is blocked, so a rule re-allows its ports"
            : "never blocked"),
    ];

    private static string? SelectorComment(List<AllowedWorkload> allows, int count) => allows.Count == 0 ? null
        : $"Every pod except --allow {FenceComments.Allows(allows)}: NetworkPolicies only add allowances, so the kept workloads are left unselected and stay as they were"
          + (count > 1 ? $" (NOT of an AND takes {count} policies whose selectors together cover the rest)." : ".");

    private static ImmutableArray<EgressRulePlan> Rules(BlockList blocks)
    {
        var nodeLocal = blocks.NodeLocalDns;
        var kubeDns = PeerPlan.Selecting(
            LabelSelector.FromLabels([KeyValuePair.Create("kubernetes.io/metadata.name", "kube-system")]),
            LabelSelector.FromLabels([KeyValuePair.Create("k8s-app", "kube-dns")]));
        var rules = new List<EgressRulePlan>
        {
            new([kubeDns, .. nodeLocal.Select(a => PeerPlan.Block(new Cidr(a, a.Bits)))], Dns,
                "DNS to the kube-dns/CoreDNS pods"
                + (nodeLocal.IsEmpty ? string.Empty : $" and NodeLocal DNSCache at {string.Join(", ", nodeLocal)} (host network: only an ipBlock reaches it, SEMANTICS 42)")
                + ", over UDP and TCP: a port without a protocol is TCP only (SEMANTICS 31, 40)"),
            new([PeerPlan.Selecting(LabelSelector.Everything)], [],
                "In-cluster traffic to every pod of every namespace, by selector: ipBlock does not match pod IPs on every CNI (SEMANTICS 27)"),
            new([PeerPlan.Block(new Cidr(IpAddress.V4(0), 0), blocks.Of(IpFamily.V4)), PeerPlan.Block(new Cidr(new IpAddress(IpFamily.V6, 0), 0), blocks.Of(IpFamily.V6))], [],
                "All other egress, IPv4 and IPv6 (one ipBlock per family, SEMANTICS 22), except the blocked networks (each except a strict subset, SEMANTICS 21)"),
        };
        foreach (var carveout in blocks.Carveouts.Where(c => !c.Cidrs.All(cidr => nodeLocal.Contains(cidr.Network))))
        {
            rules.Add(new([.. carveout.Cidrs.Select(c => PeerPlan.Block(c))], carveout.Ports,
                $"Keeps {carveout.Service.Id} ({carveout.Service.Description}): its address is excepted above, so this rule re-allows only its own ports"));
        }

        return [.. rules];
    }
}
