using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// <c>spec.egress</c> to <see cref="AdminRule"/>s and <c>spec.ingress</c> validated only: the CRD
/// validates the whole object, so an invalid ingress rule rejects it although MetaFence evaluates
/// egress alone (SEMANTICS choice for rules 12, 19, 21).
/// </summary>
internal static class AdminRules
{
    public static ImmutableArray<AdminRule> Egress(IList<AdminRuleSpec?>? rules, AdminFlavor flavor, ObjectProblems problems)
    {
        var result = ImmutableArray.CreateBuilder<AdminRule>();
        Read(rules, AdminDirection.Egress, flavor, problems, (index, path, rule, action, peers, ports) =>
            result.Add(new AdminRule(index, string.IsNullOrEmpty(rule.Name) ? null : rule.Name, action, peers, ports) { Location = problems.Site.At(path) }));
        return result.ToImmutable();
    }

    public static void Ingress(IList<AdminRuleSpec?>? rules, AdminFlavor flavor, ObjectProblems problems) =>
        Read(rules, AdminDirection.Ingress, flavor, problems, (_, _, _, _, _, _) => { });

    private static void Read(
        IList<AdminRuleSpec?>? rules, AdminDirection direction, AdminFlavor flavor, ObjectProblems problems,
        Action<int, string, AdminRuleSpec, AdminAction, ImmutableArray<AdminPeer>, ImmutableArray<PortMatch>> add)
    {
        var list = direction == AdminDirection.Egress ? "spec.egress" : "spec.ingress";
        if (rules?.Count > flavor.MaxItems)
        {
            problems.Reject(list, flavor.Rule, string.Create(CultureInfo.InvariantCulture,
                $"the policy has {rules.Count} {direction.ToString().ToLowerInvariant()} rules; expected at most {flavor.MaxItems} (MaxItems={flavor.MaxItems})"));
        }

        for (var i = 0; i < (rules?.Count ?? 0); i++)
        {
            var path = FieldPath.Index(list, i);
            var rule = rules?[i] ?? new AdminRuleSpec();
            var action = flavor.Action(rule.Action, path + ".action", problems);
            var peers = direction == AdminDirection.Egress
                ? AdminPeers.Convert(rule.To, path + ".to", direction, flavor, action, problems)
                : AdminPeers.Convert(rule.From, path + ".from", direction, flavor, action, problems);
            var ports = flavor.IsV1Alpha2
                ? AdminPorts.FromProtocols(rule.Protocols, path + ".protocols", flavor, problems)
                : AdminPorts.FromPorts(rule.Ports, path + ".ports", flavor, problems);
            if (direction == AdminDirection.Egress)
            {
                NamedPortsWithoutPods(rule, path, flavor, problems);
            }

            if (action is { } known)
            {
                add(i, path, rule, known, peers, ports);
            }
        }
    }

    /// <summary>
    /// Rules 50 and 52: the egress rule's CEL rule "networks/nodes/domainNames peer cannot be set with
    /// namedPorts since there are no namedPorts for networks/nodes/domainNames"
    /// (<c>AdminNetworkPolicyEgressRule</c>, <c>BaselineAdminNetworkPolicyEgressRule</c>,
    /// <c>ClusterNetworkPolicyEgressRule</c>).
    /// </summary>
    private static void NamedPortsWithoutPods(AdminRuleSpec rule, string path, AdminFlavor flavor, ObjectProblems problems)
    {
        var named = flavor.IsV1Alpha2
            ? rule.Protocols?.Any(p => p?.DestinationNamedPort is not null) == true
            : rule.Ports?.Any(p => p?.NamedPort is not null) == true;
        var peer = rule.To?.Select(AdminPeerFields.WithoutNamedPorts).FirstOrDefault(f => f is not null && flavor.PeerFields(AdminDirection.Egress).Contains(f));
        if (named && peer is not null)
        {
            var port = flavor.IsV1Alpha2 ? "destinationNamedPort" : "namedPort";
            problems.Reject(path, flavor.IsV1Alpha2 ? "52" : "50",
                $"the rule has a {port} and a {peer} peer; expected numbered ports only, or the named port in a rule of its own "
                + "(networks, nodes and domainNames have no named ports)");
        }
    }
}
