using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Findings;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF007: a policy rule explicitly allows a credential endpoint: an ipBlock aimed at it (a
/// /16 or narrower), or any rule that covers it while another policy of the namespace excepts
/// it — an except is not a deny, the union re-allows it (SEMANTICS 7, 9, 41).
/// </summary>
public sealed class PolicyReallowsCredentialEndpointRule : AuditRule
{
    private static readonly UInt128 NarrowV4 = 1 << 16;
    private static readonly UInt128 NarrowV6 = UInt128.One << 64;

    public override string Id => "MF007";

    public override string Title => "Policy re-allows a credential endpoint";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        var targets = context.CredentialEndpoints
            .SelectMany(e => e.Addresses.SelectMany(a => e.Ports.Select(p => (Endpoint: e, Destination: new Destination(a, p.Number, p.Protocol)))))
            .ToList();
        foreach (var policies in context.Snapshot.NetworkPolicies.Where(p => p.AppliesToEgress).GroupBy(p => p.Namespace, StringComparer.Ordinal))
        {
            var pods = context.PodsIn(policies.Key).ToList();
            foreach (var policy in policies)
            {
                // SEMANTICS 9: only an except that applies to the same pods is undone by this rule.
                var peers = policies
                    .Where(other => pods.Any(p => policy.PodSelector.Matches(p.Labels) && other.PodSelector.Matches(p.Labels)))
                    .SelectMany(p => p.Egress.SelectMany(r => r.To.Select(peer => (Policy: p, Peer: peer))))
                    .ToList();
                foreach (var rule in policy.Egress)
                {
                    foreach (var finding in Check(policy, rule, targets, peers))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private IEnumerable<Finding> Check(
        NetworkPolicyInfo policy,
        EgressRule rule,
        List<(Endpoint Endpoint, Destination Destination)> targets,
        List<(NetworkPolicyInfo Policy, NetworkPolicyPeer Peer)> peers)
    {
        var hits = targets
            .Where(t => PortMatcher.Matches(rule.Ports, t.Destination, null))
            .Select(t => (t.Destination, EndpointId: t.Endpoint.Id, Why: Why(rule, t.Destination, peers)))
            .Where(h => h.Why is not null)
            .ToList();
        if (hits.Count == 0)
        {
            yield break;
        }

        var reasons = hits.Select(h => h.Why).Distinct(StringComparer.Ordinal);
        yield return Create(Severity.High,
                $"{policy.Ref} egress rule {rule.Index} allows credential endpoints at {DestinationSummary.Describe(hits.Select(h => (h.Destination, h.EndpointId)))} for the pods it selects: {string.Join("; ", reasons)}.")
            with
        {
            Namespace = policy.Namespace,
            Subject = policy.Ref,
            Location = rule.Location ?? policy.Location,
            Remediation = "Narrow this rule so it no longer covers the metadata addresses (an ipBlock with them in `except`, or explicit ports that exclude the metadata ports).",
        };
    }

    private static string? Why(EgressRule rule, Destination destination, List<(NetworkPolicyInfo Policy, NetworkPolicyPeer Peer)> peers)
    {
        var matching = rule.To.Where(p => p.IpBlock?.Contains(destination.Address) ?? false).ToList();
        if (matching.FirstOrDefault(p => p.IpBlock is { } set && IsNarrow(set, destination.Address)) is { } aimed)
        {
            return $"its ipBlock {aimed.IpBlockText} is aimed at the metadata address";
        }

        if (!rule.To.IsEmpty && matching.Count == 0)
        {
            return null;
        }

        var excepting = peers.FirstOrDefault(p => p.Peer.IpBlock is { } set && Excepts(set, destination.Address));
        return excepting.Policy is null
            ? null
            : $"{excepting.Policy.Ref} excepts it ({excepting.Peer.IpBlockText}), but an except is not a deny and this rule allows it again (SEMANTICS 9)";
    }

    /// <summary>The range holding the address is a /16 (IPv4) or /64 (IPv6) or smaller.</summary>
    private static bool IsNarrow(IpSet set, IpAddress address) =>
        set.Ranges.Any(r => r.Contains(address) && r.End - r.Start < (address.Family == IpFamily.V4 ? NarrowV4 : NarrowV6));

    /// <summary>One CIDR is contiguous: addresses on both sides but not this one means an except cut it out.</summary>
    private static bool Excepts(IpSet set, IpAddress address) =>
        !set.Contains(address)
        && set.Ranges.Any(r => r.Family == address.Family && r.End < address.Value)
        && set.Ranges.Any(r => r.Family == address.Family && r.Start > address.Value);
}
