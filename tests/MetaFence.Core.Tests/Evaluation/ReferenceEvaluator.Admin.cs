using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>The admin and baseline tiers, SEMANTICS sections I–J.</summary>
internal sealed partial class ReferenceEvaluator
{
    /// <summary>
    /// Rules 44, 47, 52: the tier's policies in order, each one's rules top-down; the first rule
    /// that matches decides (Accept, Deny) or leaves the tier (Pass). Null when the tier is left
    /// without a decision.
    /// </summary>
    private Verdict? RunTier(AdminTier tier, PodInfo subject, IpAddress address, Destination destination, PodInfo? target)
    {
        foreach (var policy in TierInOrder(tier))
        {
            if (!SubjectSelects(policy.Subject, subject))
            {
                continue;
            }

            foreach (var rule in policy.Egress)
            {
                var action = MatchingAction(rule, address, destination, target);
                if (action is null)
                {
                    continue;
                }

                var by = new RuleRef(policy.Ref, rule.Index, rule.Name, action.Value.ToString());
                return action.Value switch
                {
                    AdminAction.Accept => Decided(true, tier == AdminTier.Admin ? Decision.AdminAccept : Decision.BaselineAccept, by),
                    AdminAction.Deny => Decided(false, tier == AdminTier.Admin ? Decision.AdminDeny : Decision.BaselineDeny, by),
                    AdminAction.Pass => null,
                    _ => throw new System.Diagnostics.UnreachableException(),
                };
            }
        }

        return null;
    }

    /// <summary>
    /// Rule 44 and the rule-45 choice: by priority ascending, then name (ordinal). Choice for
    /// 43–52: in the baseline tier the BANP comes before the Baseline-tier CNPs. Written as a
    /// selection sort on purpose: nothing clever.
    /// </summary>
    private List<AdminPolicyInfo> TierInOrder(AdminTier tier)
    {
        var remaining = new List<AdminPolicyInfo>();
        foreach (var policy in Snapshot.AdminPolicies)
        {
            if (policy.Tier == tier)
            {
                remaining.Add(policy);
            }
        }

        var ordered = new List<AdminPolicyInfo>();
        while (remaining.Count > 0)
        {
            var first = remaining[0];
            foreach (var candidate in remaining)
            {
                if (ComesBefore(candidate, first))
                {
                    first = candidate;
                }
            }

            ordered.Add(first);
            remaining.Remove(first);
        }

        return ordered;
    }

    private static bool ComesBefore(AdminPolicyInfo a, AdminPolicyInfo b)
    {
        var aIsBanp = a.Kind == BanpKind;
        var bIsBanp = b.Kind == BanpKind;
        if (aIsBanp != bIsBanp)
        {
            return aIsBanp;
        }

        if (a.Priority != b.Priority)
        {
            return a.Priority < b.Priority;
        }

        return string.CompareOrdinal(a.Name, b.Name) < 0;
    }

    /// <summary>Rule 46: namespaces, or pods (namespace AND pod selector). Host-network pods never (checked earlier).</summary>
    private bool SubjectSelects(AdminSubject subject, PodInfo pod)
    {
        var namespaceLabels = NamespaceLabels(pod.Namespace);
        if (subject.Namespaces is not null)
        {
            return subject.Namespaces.Matches(namespaceLabels);
        }

        return subject.PodNamespaceSelector is not null
            && subject.PodSelector is not null
            && subject.PodNamespaceSelector.Matches(namespaceLabels)
            && subject.PodSelector.Matches(pod.Labels);
    }

    /// <summary>
    /// The action the rule applies to this packet, or null when it does not match. Rule 51: a peer
    /// of unknown kind fails closed: an Accept rule then matches nothing, a Deny or Pass rule
    /// becomes "deny all".
    /// </summary>
    private AdminAction? MatchingAction(AdminRule rule, IpAddress address, Destination destination, PodInfo? target)
    {
        var hasUnknownPeer = false;
        foreach (var peer in rule.To)
        {
            if (peer.Kind == AdminPeerKind.Unknown)
            {
                hasUnknownPeer = true;
            }
        }

        if (hasUnknownPeer)
        {
            return rule.Action == AdminAction.Accept ? null : AdminAction.Deny;
        }

        var toMatches = false;
        foreach (var peer in rule.To)
        {
            if (AdminPeerMatches(peer, address, target))
            {
                toMatches = true;
            }
        }

        // Rule 50: no ports = all; portNumber, portRange and namedPort as in NetworkPolicy.
        return toMatches && PortsMatch(rule.Ports, destination, target) ? rule.Action : null;
    }

    private bool AdminPeerMatches(AdminPeer peer, IpAddress address, PodInfo? target)
    {
        switch (peer.Kind)
        {
            // Rule 49: namespaces and pods peers select pods only, never host-network ones.
            case AdminPeerKind.Namespaces:
                return target is not null && !target.HostNetwork
                    && SelectsOrEverything(peer.NamespaceSelector, NamespaceLabels(target.Namespace));
            case AdminPeerKind.Pods:
                return target is not null && !target.HostNetwork
                    && SelectsOrEverything(peer.NamespaceSelector, NamespaceLabels(target.Namespace))
                    && SelectsOrEverything(peer.PodSelector, target.Labels);

            // Rule 49: the addresses in node.status.addresses of the selected nodes.
            case AdminPeerKind.Nodes:
                foreach (var node in Snapshot.Nodes)
                {
                    if (SelectsOrEverything(peer.NodeSelector, node.Labels))
                    {
                        foreach (var nodeAddress in node.Addresses)
                        {
                            if (Normalize(nodeAddress) == address)
                            {
                                return true;
                            }
                        }
                    }
                }

                return false;

            // Rule 49: CIDRs, pod IPs included.
            case AdminPeerKind.Networks:
                return peer.Networks is not null && peer.Networks.Contains(address);

            // Rule 49: a domain name is resolved by the implementation, never matched to an IP here.
            case AdminPeerKind.DomainNames:
                return false;
            case AdminPeerKind.Unknown:
                return false;
            default:
                throw new System.Diagnostics.UnreachableException();
        }
    }

    private static bool SelectsOrEverything(LabelSelector? selector, LabelSet labels) =>
        selector is null || selector.Matches(labels);
}
