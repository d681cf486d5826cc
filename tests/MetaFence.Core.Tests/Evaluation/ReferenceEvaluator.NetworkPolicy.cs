using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>The NetworkPolicy tier, SEMANTICS sections A–F, one rule per branch.</summary>
internal sealed partial class ReferenceEvaluator
{
    /// <summary>Rules 1, 2, 5, 6: same namespace, podSelector matches, Egress among the (defaulted) policy types.</summary>
    private static bool Governs(NetworkPolicyInfo policy, PodInfo subject) =>
        policy.Namespace == subject.Namespace
        && policy.PodSelector.Matches(subject.Labels)
        && policy.AppliesToEgress;

    /// <summary>Rules 7, 8, 10: allowed iff some rule of some governing policy matches; they cannot deny.</summary>
    private Verdict NetworkPolicyVerdict(PodInfo subject, IpAddress address, Destination destination, PodInfo? target)
    {
        var allowedBy = ImmutableArray.CreateBuilder<RuleRef>();
        var isolatedBy = ImmutableArray.CreateBuilder<RuleRef>();
        foreach (var policy in Snapshot.NetworkPolicies)
        {
            if (!Governs(policy, subject))
            {
                continue;
            }

            isolatedBy.Add(new RuleRef(policy.Ref, null, null, "isolates egress"));
            foreach (var rule in policy.Egress)
            {
                if (ToMatches(policy, rule, address, target) && PortsMatch(rule.Ports, destination, target))
                {
                    allowedBy.Add(new RuleRef(policy.Ref, rule.Index, null, "allows"));
                }
            }
        }

        return allowedBy.Count > 0
            ? new Verdict(true, Decision.NetworkPolicyAllow, allowedBy.ToImmutable())
            : new Verdict(false, Decision.NetworkPolicyDeny, isolatedBy.ToImmutable());
    }

    /// <summary>Rule 11: no <c>to</c> matches everything; otherwise the entries are ORed (rule 13).</summary>
    private bool ToMatches(NetworkPolicyInfo policy, EgressRule rule, IpAddress address, PodInfo? target)
    {
        if (rule.To.IsEmpty)
        {
            return true;
        }

        foreach (var peer in rule.To)
        {
            if (PeerMatches(policy, peer, address, target))
            {
                return true;
            }
        }

        return false;
    }

    private bool PeerMatches(NetworkPolicyInfo policy, NetworkPolicyPeer peer, IpAddress address, PodInfo? target)
    {
        // Rules 20, 22, 27: an ipBlock matches by address alone, pod IPs included.
        if (peer.IpBlock is not null)
        {
            return peer.IpBlock.Contains(address);
        }

        // Rule 14: selectors select pods only, never an address no pod owns.
        // Rule 15 (choice): nor host-network pods.
        if (target is null || target.HostNetwork)
        {
            return false;
        }

        // Rule 13: podSelector alone = the policy's namespace; namespaceSelector present = the
        // selected namespaces; both = AND.
        if (peer.NamespaceSelector is null)
        {
            if (target.Namespace != policy.Namespace)
            {
                return false;
            }
        }
        else if (!peer.NamespaceSelector.Matches(NamespaceLabels(target.Namespace)))
        {
            return false;
        }

        if (peer.PodSelector is not null && !peer.PodSelector.Matches(target.Labels))
        {
            return false;
        }

        // Rule 12: a peer with neither selector nor ipBlock is rejected and never exists.
        return peer.NamespaceSelector is not null || peer.PodSelector is not null;
    }

    /// <summary>Rule 30: no ports = every port of every protocol; otherwise the entries are ORed.</summary>
    private static bool PortsMatch(ImmutableArray<PortMatch> ports, Destination destination, PodInfo? target)
    {
        if (ports.IsEmpty)
        {
            return true;
        }

        foreach (var port in ports)
        {
            if (PortMatches(port, destination, target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PortMatches(PortMatch port, Destination destination, PodInfo? target)
    {
        // Rules 31, 35: the entry's protocol (TCP when omitted) must be the packet's; TCP, UDP, SCTP are distinct.
        if (port.Protocol != destination.Protocol)
        {
            return false;
        }

        // Rule 34: a named port names a container port, same protocol, of the destination pod;
        // an external address has none.
        if (port.NamedPort is not null)
        {
            if (target is null)
            {
                return false;
            }

            foreach (var containerPort in target.Ports)
            {
                if (containerPort.Name == port.NamedPort
                    && containerPort.Protocol == port.Protocol
                    && containerPort.Number == destination.Port)
                {
                    return true;
                }
            }

            return false;
        }

        // Rule 32: no port = every port of the protocol.
        if (port.Port is null)
        {
            return true;
        }

        // Rule 33: endPort makes port..endPort inclusive.
        if (port.EndPort is not null)
        {
            return port.Port.Value <= destination.Port && destination.Port <= port.EndPort.Value;
        }

        return port.Port.Value == destination.Port;
    }
}
