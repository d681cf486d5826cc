using MetaFence.Core.Dataplane;
using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

public sealed partial class EgressEngine
{
    /// <summary>Rules 1, 2, 6: egress-applying policies of the pod's namespace that select it.</summary>
    private ImmutableArray<NetworkPolicyInfo> SelectingPolicies(PodInfo subject) =>
        _egressPoliciesByNamespace.TryGetValue(subject.Namespace, out var policies)
            ? [.. policies.Where(p => p.PodSelector.Matches(subject.Labels))]
            : [];

    /// <summary>
    /// The NetworkPolicy tier: null when no policy isolates the pod for egress (rule 6);
    /// otherwise allowed iff some rule of some selecting policy matches (rules 7–10).
    /// </summary>
    private Verdict? EvaluateNetworkPolicies(
        ImmutableArray<NetworkPolicyInfo> selecting, Destination destination, PodInfo? target, ref List<string>? notes)
    {
        if (selecting.IsEmpty)
        {
            return null;
        }

        List<RuleRef>? allowing = null;
        foreach (var policy in selecting)
        {
            foreach (var rule in policy.Egress)
            {
                if (MatchRule(policy, rule, destination, target, ref notes) is { } reference)
                {
                    (allowing ??= []).Add(reference);
                }
            }
        }

        if (allowing is not null)
        {
            return new Verdict(true, Decision.NetworkPolicyAllow, [.. allowing]);
        }

        // Rule 8: isolation without a matching rule denies; every isolating policy took part.
        var denying = ImmutableArray.CreateBuilder<RuleRef>(selecting.Length);
        foreach (var policy in selecting)
        {
            denying.Add(DenyingRef(policy));
        }

        return new Verdict(false, Decision.NetworkPolicyDeny, denying.MoveToImmutable());
    }

    private RuleRef DenyingRef(NetworkPolicyInfo policy) =>
        _refs.Get(policy, -1, policy, static p => new RuleRef(p.Ref, null, null, p.Egress.IsEmpty
            ? "selects the pod for egress and has no egress rules: denies all egress"
            : string.Create(CultureInfo.InvariantCulture,
                $"selects the pod for egress; none of its {p.Egress.Length} egress rule(s) matches"))
        {
            Location = p.Location,
        });

    /// <summary>Rule 10: destination matches <c>to</c> AND port matches <c>ports</c>; returns the matching rule.</summary>
    private RuleRef? MatchRule(NetworkPolicyInfo policy, EgressRule rule, Destination destination, PodInfo? target, ref List<string>? notes)
    {
        if (!PortMatcher.Matches(rule.Ports, destination, target))
        {
            return null;
        }

        // Rule 11: no `to` matches every destination, external ones included.
        if (rule.To.IsEmpty)
        {
            return AllowingRef(policy, rule, -1);
        }

        for (var i = 0; i < rule.To.Length; i++)
        {
            var peer = rule.To[i];
            if (PeerMatches(policy.Namespace, peer, destination, target, ref notes))
            {
                if (peer.IpBlock is not null && target is not null)
                {
                    (notes ??= []).Add(Notes.IpBlockMatchesPod);
                }

                return AllowingRef(policy, rule, i);
            }
        }

        return null;
    }

    /// <summary>
    /// Rule 20 as a deviating dataplane applies it (<see cref="DataplaneQuirks"/>); when the
    /// deviation changes the answer, the verdict says so in a note.
    /// </summary>
    private bool IpBlockMatchesWithQuirks(NetworkPolicyPeer peer, Net.IpSet block, Net.IpAddress address, ref List<string>? notes)
    {
        var standard = block.Contains(address);
        var (actual, note) = peer.IpBlockCidr is { } cidr && _quirks.DropsIpBlockWithExcept is { } dropped ? (false, dropped)
            : peer.IpBlockCidr is { } whole && _quirks.IgnoresExcept is { } ignored ? (whole.Contains(address), ignored)
            : (standard, null);
        if (actual && _quirks.CidrSkipsNodeServed is { } skipped && DataplaneQuirks.NodeServed.Contains(address))
        {
            (actual, note) = (false, skipped);
        }

        if (actual != standard && note is not null)
        {
            (notes ??= []).Add($"dataplane deviation: {note}; so the ipBlock {peer.IpBlockText} {(actual ? "matched" : "did not match")} here");
        }

        return actual;
    }

    /// <summary>The rule and the peer that matched (-1: the rule has no <c>to</c>).</summary>
    private RuleRef AllowingRef(NetworkPolicyInfo policy, EgressRule rule, int peer) =>
        _refs.Get(rule, peer, (policy, rule, peer), static s =>
        {
            var ports = s.rule.Ports.IsEmpty ? "all ports" : "ports " + string.Join(", ", s.rule.Ports);
            var to = s.peer < 0 ? "any destination" : s.rule.To[s.peer].ToString();
            return new RuleRef(s.policy.Ref, s.rule.Index, null, $"to {to}, {ports}")
            {
                Location = s.rule.Location ?? s.policy.Location,
            };
        });

    /// <summary>Rules 13, 14, 15, 20: ipBlock by address; selectors only for pod-network destination pods.</summary>
    private bool PeerMatches(string policyNamespace, NetworkPolicyPeer peer, Destination destination, PodInfo? target, ref List<string>? notes)
    {
        if (peer.IpBlock is not null)
        {
            return _quirks.IsNone ? peer.IpBlock.Contains(destination.Address) : IpBlockMatchesWithQuirks(peer, peer.IpBlock, destination.Address, ref notes);
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
