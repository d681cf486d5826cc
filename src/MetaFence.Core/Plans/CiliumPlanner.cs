using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// The <c>cilium</c> style: CiliumClusterwideNetworkPolicies that deny the blocked networks with
/// <c>egressDeny</c>, which beats every allow (rule 57), and turn default deny off so the pods they
/// select keep all other egress (rule 58). Needed services on a blocked address keep their ports:
/// the deny for that address lists every other port. One policy covers the target namespaces
/// without <c>--allow</c>; each namespace with <c>--allow</c> gets one per selector that leaves
/// the kept workloads out (a selector ANDs, see <see cref="FenceSelectors"/>).
/// </summary>
internal static class CiliumPlanner
{
    public const string Name = "metafence-deny-metadata";

    private static readonly Protocol[] Protocols = [Protocol.TCP, Protocol.UDP, Protocol.SCTP];

    public static StylePlan Plan(PlanContext context)
    {
        var rules = Rules(context.Blocks);
        var targets = context.Targets;
        var allowed = context.Request.Allows.Select(a => a.Namespace).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var main = targets.IsExplicit
            ? Namespaces(SelectorOperator.In, targets.Namespaces.Except(allowed))
            : Namespaces(SelectorOperator.NotIn, targets.Exempt.Concat(allowed));
        var objects = new List<PlannedObject>();
        if (!targets.IsExplicit || main.Values.Length > 0)
        {
            objects.Add(Policy(context, Name, new LabelSelector([main]), rules, targets.IsExplicit
                ? "The namespaces given with --namespace" + (allowed.Count > 0 ? ", but those with --allow (policies below)." : ".")
                : $"Every namespace but the exempt ones, namespaces created later included; exempt: {string.Join(", ", targets.Exempt)}"
                    + (allowed.Count > 0 ? $"; with --allow, fenced by the policies below: {string.Join(", ", allowed)}." : ".")));
        }

        foreach (var group in context.Request.Allows.GroupBy(a => a.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var selectors = FenceSelectors.For(group);
            for (var i = 0; i < selectors.Length; i++)
            {
                var selector = new LabelSelector([Namespaces(SelectorOperator.In, [group.Key]), .. selectors[i].Requirements]);
                objects.Add(Policy(context, string.Create(CultureInfo.InvariantCulture, $"{Name}-{group.Key}-{i + 1}"), selector, rules,
                    $"Pods of {group.Key} but the --allow workloads ({FenceComments.Allows(group)}){(selectors.Length > 1 ? string.Create(CultureInfo.InvariantCulture, $", part {i + 1} of {selectors.Length}: a selector ANDs, so leaving them out takes one policy per negated requirement") : string.Empty)}."));
            }
        }

        return new StylePlan(FenceStyle.Cilium, [.. objects]);
    }

    private static CiliumPolicyPlan Policy(PlanContext context, string name, LabelSelector selector, ImmutableArray<CiliumDenyRulePlan> rules, string selectorComment) => new()
    {
        Style = FenceStyle.Cilium,
        Name = name,
        EndpointSelector = selector,
        SelectorComment = selectorComment,
        Comments =
        [
            $"Fences pods against cloud metadata cluster-wide: {FenceComments.Blocks(context.Blocks)}",
            "egressDeny beats every allow, Kubernetes NetworkPolicies and Cilium policies included (SEMANTICS 57).",
            "enableDefaultDeny.egress: false keeps the selected pods' other egress as it was; without it, a policy with egress rules "
                + "isolates the pods it selects and this deny-only policy would block all their egress (SEMANTICS 58).",
            "CIDR rules match only addresses without a Cilium identity (SEMANTICS 59): where a node agent serves a blocked address "
                + "(it is a node IP, or the node redirects it to a local metadata server), this deny does not apply; use --style node-firewall there. "
                + "Node-served services outside the blocked networks, such as the EKS Pod Identity agent, are never denied.",
            .. FenceComments.Kept(context.Blocks, k => k.IsCarvedOut
                ? "its address is denied on every other port only (toPorts), so its own ports stay open"
                : "never denied: only the blocked networks are"),
        ],
        EgressDeny = rules,
    };

    private static ImmutableArray<CiliumDenyRulePlan> Rules(BlockList blocks)
    {
        var kept = blocks.Carveouts.SelectMany(c => c.Cidrs.Select(cidr => (cidr, c.Ports)))
            .GroupBy(p => p.cidr)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Ports).Distinct().ToImmutableArray());
        var whole = blocks.Blocked.Where(b => !kept.ContainsKey(b.Cidr))
            .Select(b => new CiliumCidrPlan(b.Cidr, [.. kept.Keys.Where(b.Cidr.StrictlyContains).OrderBy(c => c.Family).ThenBy(c => c.Range.Start)], b.Why))
            .ToImmutableArray();
        var rules = ImmutableArray.CreateBuilder<CiliumDenyRulePlan>();
        if (!whole.IsEmpty)
        {
            rules.Add(new CiliumDenyRulePlan(whole, [], "Denies every port of the blocked networks, IPv4 and IPv6"));
        }

        foreach (var group in kept.GroupBy(k => string.Join(",", Sorted(k.Value)), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ports = group.First().Value;
            var services = blocks.Carveouts.Where(c => group.Any(k => c.Cidrs.Contains(k.Key))).Select(c => c.Service.Id).Distinct(StringComparer.Ordinal);
            rules.Add(new CiliumDenyRulePlan([.. group.OrderBy(k => k.Key.Family).ThenBy(k => k.Key.Range.Start).Select(k => new CiliumCidrPlan(k.Key, [], Why(blocks, k.Key)))], Complement(ports),
                $"Denies every port but {string.Join(", ", Sorted(ports))} ({string.Join(", ", services)}): a deny cannot be undone by an allow, so the kept ports are left out of it"));
        }

        return rules.ToImmutable();
    }

    private static IEnumerable<ServicePort> Sorted(IEnumerable<ServicePort> ports) => ports.OrderBy(p => p.Number).ThenBy(p => p.Protocol);

    private static string Why(BlockList blocks, Cidr cidr) =>
        blocks.Blocked.FirstOrDefault(b => b.Cidr == cidr)?.Why
        ?? blocks.Carveouts.First(c => c.Cidrs.Contains(cidr)).Service.Id;

    /// <summary>For each protocol, the ports 1–65535 that are not kept.</summary>
    private static ImmutableArray<CiliumPortRange> Complement(ImmutableArray<ServicePort> kept)
    {
        var result = ImmutableArray.CreateBuilder<CiliumPortRange>();
        foreach (var protocol in Protocols)
        {
            var next = 1;
            foreach (var port in kept.Where(p => p.Protocol == protocol).Select(p => p.Number).Distinct().Order())
            {
                if (port > next)
                {
                    result.Add(new CiliumPortRange(protocol, next, port - 1));
                }

                next = port + 1;
            }

            if (next <= 65535)
            {
                result.Add(new CiliumPortRange(protocol, next, 65535));
            }
        }

        return result.ToImmutable();
    }

    private static Requirement Namespaces(SelectorOperator op, IEnumerable<string> names) =>
        new(CiliumPolicyPlan.NamespaceKey, op, [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}
