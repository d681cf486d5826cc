using System.Globalization;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// The <c>calico</c> style: a Tier of its own that runs before the default tier, holding one
/// GlobalNetworkPolicy that passes the needed services, denies the blocked networks and passes
/// everything else on. Kubernetes NetworkPolicies are the order-1000 policies of the default tier
/// (rule 54), and the tier ends in default deny once a policy selects the pod (rule 56): in the
/// default tier, an Allow or Pass after the Deny would also override or skip the namespaces'
/// NetworkPolicies. In a tier of its own, the final Pass hands every other packet to the default
/// tier, so NetworkPolicies decide exactly as before (rule 53).
/// </summary>
internal static class CalicoPlanner
{
    public const string TierName = "metafence";

    /// <summary>Below the default tier (1,000,000) and the AdminNetworkPolicy tier (1000): no allow anywhere re-opens metadata.</summary>
    public const int TierOrder = 100;

    /// <summary>Below 1000, the order Calico gives Kubernetes NetworkPolicies (rule 54), so the Deny wins even in the default tier.</summary>
    public const int PolicyOrder = 10;

    public static StylePlan Plan(PlanContext context)
    {
        var tier = new CalicoTierPlan
        {
            Style = FenceStyle.Calico,
            Name = TierName,
            Order = TierOrder,
            Comments =
            [
                "Calico tier for the metadata fence: runs before the adminnetworkpolicy tier (order 1000) and the default tier (order 1000000), "
                    + "where Calico places Kubernetes NetworkPolicies (SEMANTICS 53, 54).",
                "Tiers need Calico 3.26 or later (or Calico Enterprise); projectcalico.org/v3 objects are applied with kubectl when the Calico API server is installed, with calicoctl otherwise.",
            ],
        };
        return new StylePlan(FenceStyle.Calico, [tier, Policy(context)]);
    }

    private static CalicoPolicyPlan Policy(PlanContext context)
    {
        var request = context.Request;
        var targets = context.Targets;
        var keepRules = context.Blocks.Carveouts.SelectMany(c => c.Ports.GroupBy(p => p.Protocol).Select(g =>
            new CalicoRulePlan(CalicoAction.Pass, [.. c.Cidrs.Select(cidr => new BlockedRange(cidr, c.Service.Id))], g.Key, [.. g.Select(p => p.Number).Order()],
                $"Passes {c.Service.Id} ({c.Service.Description}) on its own ports to the next tier, where NetworkPolicies decide as before")));
        var rules = keepRules
            .Append(new CalicoRulePlan(CalicoAction.Deny, context.Blocks.Blocked, null, [], "Denies every port of the blocked networks, IPv4 and IPv6"))
            .Append(new CalicoRulePlan(CalicoAction.Pass, [], null, [],
                "Passes everything else to the next tier (default), where NetworkPolicies decide as before; without it the tier would deny all other egress of the selected pods (SEMANTICS 56)"));
        var names = targets.IsExplicit
            ? new Requirement(NamespaceInfo.NameLabel, SelectorOperator.In, [.. targets.Namespaces.Order(StringComparer.Ordinal)])
            : new Requirement(NamespaceInfo.NameLabel, SelectorOperator.NotIn, [.. targets.Exempt.Order(StringComparer.Ordinal)]);
        return new CalicoPolicyPlan
        {
            Style = FenceStyle.Calico,
            Name = $"{TierName}.deny-metadata",
            Tier = TierName,
            Order = PolicyOrder,
            Selector = request.Allows.IsEmpty ? "all()" : string.Join(" && ", request.Allows.Select(CalicoSelectorText.Excluding)),
            SelectorComment = request.Allows.IsEmpty ? null
                : $"Every pod but the --allow workloads ({FenceComments.Allows(request.Allows)}): they are not selected, so this tier is skipped for them.",
            NamespaceSelector = CalicoSelectorText.Of(names),
            NamespaceSelectorComment = targets.IsExplicit
                ? "The namespaces given with --namespace."
                : $"Every namespace but the exempt ones, namespaces created later included; exempt: {string.Join(", ", targets.Exempt)}.",
            Comments =
            [
                $"Fences pods against cloud metadata cluster-wide: {FenceComments.Blocks(context.Blocks)}",
                string.Create(CultureInfo.InvariantCulture, $"Tier {TierName} runs before the default tier, where Kubernetes NetworkPolicies sit at order 1000 (SEMANTICS 54): no NetworkPolicy can re-allow metadata."),
                "The last rule passes everything else to the next tier: without it the tier would deny all other egress of the selected pods (SEMANTICS 56). "
                    + "Not an Allow, which would override the namespaces' NetworkPolicies, and not a policy in the default tier, where a Pass would skip them "
                    + "and an Allow after order 1000 would re-open what they deny: from a tier of its own, NetworkPolicies decide all other traffic as before.",
                .. FenceComments.Kept(context.Blocks, k => k.IsCarvedOut ? "its address is denied, so a Pass rule before the Deny keeps its ports" : "never denied"),
            ],
            Egress = [.. rules],
        };
    }
}
