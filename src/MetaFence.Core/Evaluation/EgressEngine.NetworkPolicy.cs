using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

public sealed partial class EgressEngine
{
    /// <summary>Rules 1, 2, 6: egress-applying policies of the pod's namespace that select it.</summary>
    private IEnumerable<NetworkPolicyInfo> SelectingPolicies(PodInfo subject) =>
        _egressPoliciesByNamespace.TryGetValue(subject.Namespace, out var policies)
            ? policies.Where(p => p.PodSelector.Matches(subject.Labels))
            : [];

    /// <summary>
    /// The NetworkPolicy tier: null when no policy isolates the pod for egress (rule 6);
    /// otherwise allowed iff some rule of some selecting policy matches (rules 7–10).
    /// </summary>
    private Verdict? EvaluateNetworkPolicies(PodInfo subject, Destination destination, PodInfo? target, List<string> notes)
    {
        var selecting = SelectingPolicies(subject).ToList();
        if (selecting.Count == 0)
        {
            return null;
        }

        var allowing = ImmutableArray.CreateBuilder<RuleRef>();
        foreach (var policy in selecting)
        {
            foreach (var rule in policy.Egress)
            {
                if (MatchRule(policy, rule, destination, target, notes) is { } description)
                {
                    allowing.Add(new RuleRef(policy.Ref, rule.Index, null, description) { Location = rule.Location ?? policy.Location });
                }
            }
        }

        if (allowing.Count > 0)
        {
            return new Verdict(true, Decision.NetworkPolicyAllow, allowing.ToImmutable());
        }

        // Rule 8: isolation without a matching rule denies; every isolating policy took part.
        return new Verdict(false, Decision.NetworkPolicyDeny, [.. selecting.Select(DenyingRef)]);
    }

    private static RuleRef DenyingRef(NetworkPolicyInfo policy) =>
        new(policy.Ref, null, null, policy.Egress.IsEmpty
            ? "selects the pod for egress and has no egress rules: denies all egress"
            : string.Create(CultureInfo.InvariantCulture,
                $"selects the pod for egress; none of its {policy.Egress.Length} egress rule(s) matches"))
        {
            Location = policy.Location,
        };

    /// <summary>Rule 10: destination matches <c>to</c> AND port matches <c>ports</c>; returns what matched.</summary>
    private string? MatchRule(NetworkPolicyInfo policy, EgressRule rule, Destination destination, PodInfo? target, List<string> notes)
    {
        if (!PortMatcher.Matches(rule.Ports, destination, target))
        {
            return null;
        }

        var ports = rule.Ports.IsEmpty ? "all ports" : "ports " + string.Join(", ", rule.Ports);

        // Rule 11: no `to` matches every destination, external ones included.
        if (rule.To.IsEmpty)
        {
            return $"to any destination, {ports}";
        }

        foreach (var peer in rule.To)
        {
            if (PeerMatches(policy.Namespace, peer, destination, target))
            {
                if (peer.IpBlock is not null && target is not null)
                {
                    notes.Add(Notes.IpBlockMatchesPod);
                }

                return $"to {peer}, {ports}";
            }
        }

        return null;
    }

    /// <summary>Rules 13, 14, 15, 20: ipBlock by address; selectors only for pod-network destination pods.</summary>
    private bool PeerMatches(string policyNamespace, NetworkPolicyPeer peer, Destination destination, PodInfo? target)
    {
        if (peer.IpBlock is not null)
        {
            return peer.IpBlock.Contains(destination.Address);
        }

        if (target is null || target.HostNetwork)
        {
            return false;
        }

        if (peer.NamespaceSelector is null)
        {
            // podSelector alone: pods of the policy's own namespace (rule 13).
            return target.Namespace == policyNamespace && (peer.PodSelector?.Matches(target.Labels) ?? false);
        }

        return peer.NamespaceSelector.Matches(NamespaceLabels(target.Namespace))
            && (peer.PodSelector?.Matches(target.Labels) ?? true);
    }
}
