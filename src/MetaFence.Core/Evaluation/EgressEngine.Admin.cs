using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

public sealed partial class EgressEngine
{
    /// <summary>
    /// One cluster-wide tier (already narrowed to the subject), policies by priority then name,
    /// rules top-down; the first matching rule decides (rules 44, 47, 52). Pass leaves the tier
    /// and is kept in the trail; null when nothing decided.
    /// </summary>
    private Verdict? EvaluateTier(
        ImmutableArray<AdminPolicyInfo> tier, Destination destination, PodInfo? target, ref List<RuleRef>? trail, ref List<string>? notes)
    {
        foreach (var policy in tier)
        {
            foreach (var rule in policy.Egress)
            {
                if (!AdminRuleMatches(rule, destination, target, ref notes, out var action))
                {
                    continue;
                }

                var reference = _refs.Get(rule, (int)action, (policy, rule, action), static s =>
                    new RuleRef(s.policy.Ref, s.rule.Index, s.rule.Name, Describe(s.rule, s.action)) { Location = s.rule.Location ?? s.policy.Location });
                switch (action)
                {
                    case AdminAction.Pass:
                        (trail ??= []).Add(reference);
                        return null;
                    case AdminAction.Accept:
                        return new Verdict(true, policy.Tier == AdminTier.Admin ? Decision.AdminAccept : Decision.BaselineAccept, [reference]);
                    case AdminAction.Deny:
                        return new Verdict(false, policy.Tier == AdminTier.Admin ? Decision.AdminDeny : Decision.BaselineDeny, [reference]);
                    default:
                        throw new System.Diagnostics.UnreachableException();
                }
            }
        }

        return null;
    }

    /// <summary>Rule 46: namespaces, or pods in namespaces; never host-network pods.</summary>
    private bool SubjectSelects(AdminSubject selector, PodInfo subject)
    {
        if (subject.HostNetwork)
        {
            return false;
        }

        var namespaceLabels = NamespaceLabels(subject.Namespace);
        return selector.Namespaces is not null
            ? selector.Namespaces.Matches(namespaceLabels)
            : (selector.PodNamespaceSelector?.Matches(namespaceLabels) ?? false)
              && (selector.PodSelector?.Matches(subject.Labels) ?? false);
    }

    /// <summary>
    /// Whether the rule applies, and with which action: a peer of unknown kind fails closed
    /// (rule 51): it matches nothing in an Accept rule and turns a Deny or Pass rule into deny-all.
    /// </summary>
    private bool AdminRuleMatches(AdminRule rule, Destination destination, PodInfo? target, ref List<string>? notes, out AdminAction action)
    {
        action = rule.Action;
        if (rule.To.Any(p => p.Kind == AdminPeerKind.Unknown))
        {
            // NPAPI: "For Accept rules, fail closed means: treat the rule as matching no traffic."
            action = AdminAction.Deny;
            return rule.Action != AdminAction.Accept;
        }

        if (!PortMatcher.Matches(rule.Ports, destination, target))
        {
            return false;
        }

        if (rule.To.Any(peer => AdminPeerMatches(peer, destination, target)))
        {
            return true;
        }

        if (rule.To.Any(peer => peer.Kind == AdminPeerKind.DomainNames))
        {
            (notes ??= []).Add(Notes.DomainNamesNotEvaluated);
        }

        return false;
    }

    /// <summary>Rule 49: pods and namespaces select pod-network pods; nodes by address; networks by CIDR.</summary>
    private bool AdminPeerMatches(AdminPeer peer, Destination destination, PodInfo? target) => peer.Kind switch
    {
        AdminPeerKind.Namespaces => target is { HostNetwork: false }
            && (peer.NamespaceSelector?.Matches(NamespaceLabels(target.Namespace)) ?? false),
        AdminPeerKind.Pods => target is { HostNetwork: false }
            && (peer.NamespaceSelector?.Matches(NamespaceLabels(target.Namespace)) ?? false)
            && (peer.PodSelector?.Matches(target.Labels) ?? false),
        AdminPeerKind.Nodes => peer.NodeSelector is not null && Snapshot.Nodes.Any(n =>
            n.Addresses.Contains(destination.Address) && peer.NodeSelector.Matches(n.Labels)),
        AdminPeerKind.Networks => peer.Networks?.Contains(destination.Address) ?? false,
        AdminPeerKind.DomainNames => false,
        AdminPeerKind.Unknown => false,
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    private static string Describe(AdminRule rule, AdminAction action)
    {
        var ports = rule.Ports.IsEmpty ? "all ports" : "ports " + string.Join(", ", rule.Ports);
        var peers = string.Join("; ", rule.To);
        return action != rule.Action
            ? $"{rule.Action} to {peers} fails closed as Deny to everything (SEMANTICS 51)"
            : $"{action} to {peers}, {ports}";
    }
}
