using System.Collections.Frozen;
using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

public sealed partial class EgressEngine
{
    private const string CalicoNamespaceLabel = "projectcalico.org/namespace";

    /// <summary>Rule 53: tiers by order (unset last), ties by name; ANP and BANP tiers only when such policies exist.</summary>
    private static ImmutableArray<CalicoTierInfo> OrderCalicoTiers(ClusterSnapshot snapshot)
    {
        var tiers = snapshot.CalicoTiers
            .Where(t => t.Name != CalicoTierInfo.AdminNetworkPolicy.Name && t.Name != CalicoTierInfo.BaselineAdminNetworkPolicy.Name)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        tiers.TryAdd(CalicoTierInfo.DefaultTier, CalicoTierInfo.Default);
        foreach (var name in snapshot.CalicoPolicies.Select(p => p.Tier))
        {
            tiers.TryAdd(name, new CalicoTierInfo(name, null)); // a tier with no Tier object: unset order, runs last
        }

        return [.. tiers.Values
            .Append(CalicoTierInfo.AdminNetworkPolicy)
            .Append(CalicoTierInfo.BaselineAdminNetworkPolicy)
            .OrderBy(t => t.Order ?? double.PositiveInfinity)
            .ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>Rule 53: inside a tier, policies by order (unset = +∞), ties by name.</summary>
    private static ImmutableArray<CalicoPolicyInfo> OrderCalicoPolicies(ImmutableArray<CalicoPolicyInfo> policies, ImmutableArray<CalicoTierInfo> tiers)
    {
        var tierIndex = tiers.Select((t, i) => (t.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return [.. policies.Where(p => p.AppliesToEgress)
            .OrderBy(p => tierIndex[p.Tier])
            .ThenBy(p => p.Order ?? double.PositiveInfinity)
            .ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    /// <summary>Rules 53, 55: a workload endpoint (never host-network) selected by selector and namespaceSelector.</summary>
    private bool CalicoSelects(CalicoPolicyInfo policy, PodInfo subject) =>
        !subject.HostNetwork
        && policy.Selector.Matches(CalicoLabels(subject))
        && (policy.NamespaceSelector?.Matches(NamespaceLabels(subject.Namespace)) ?? true);

    /// <summary>Protocol, nets, notNets, destination selectors and ports must all hold.</summary>
    private bool CalicoRuleMatches(CalicoRule rule, Destination destination, PodInfo? target)
    {
        if ((rule.Protocol is { } protocol && protocol != destination.Protocol)
            || (rule.Nets is not null && !rule.Nets.Contains(destination.Address))
            || (rule.NotNets is not null && rule.NotNets.Contains(destination.Address)))
        {
            return false;
        }

        if (rule.Selector is not null || rule.NamespaceSelector is not null)
        {
            if (target is not { HostNetwork: false }
                || !(rule.Selector?.Matches(CalicoLabels(target)) ?? true)
                || !(rule.NamespaceSelector?.Matches(NamespaceLabels(target.Namespace)) ?? true))
            {
                return false;
            }
        }

        return PortMatcher.Matches(rule.Ports, destination, target);
    }

    /// <summary>Calico adds the namespace to every workload endpoint's labels.</summary>
    private static LabelSet CalicoLabels(PodInfo pod) => pod.Labels.With(CalicoNamespaceLabel, pod.Namespace);
}
