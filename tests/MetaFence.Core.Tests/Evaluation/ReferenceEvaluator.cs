using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>
/// A deliberately naive second implementation of SEMANTICS sections A–J, written apart from
/// <see cref="EgressEngine"/> to check it: every question scans the whole snapshot, nothing is
/// indexed or cached, and each branch reads like the rule it cites. From Core it uses only the
/// records, <c>LabelSelector.Matches</c> and <c>IpSet.Contains</c>. Slow on purpose; never use
/// it outside tests.
/// </summary>
internal sealed partial class ReferenceEvaluator(ClusterSnapshot snapshot)
{
    private const string BanpKind = "BaselineAdminNetworkPolicy";

    public ClusterSnapshot Snapshot { get; } = snapshot;

    /// <summary>The pipeline of rules 43, 44, 47 and 52: admin tier, NetworkPolicy tier, baseline tier, default.</summary>
    public Verdict Evaluate(PodInfo subject, Destination destination)
    {
        // Rules 15, 36, 46: no policy layer protects a host-network pod, and no ANP/CNP subject includes it.
        if (subject.HostNetwork)
        {
            return new Verdict(true, Decision.HostNetwork, []);
        }

        // Rule 25: an IPv4-mapped IPv6 address is IPv4.
        var address = Normalize(destination.Address);
        var target = FindPod(address);

        // Rule 52: a pod reaching its own IP is not subject to ClusterNetworkPolicy.
        var toSelf = Owns(subject, address);

        if (!toSelf)
        {
            var admin = RunTier(AdminTier.Admin, subject, address, destination, target);
            if (admin is not null)
            {
                return admin;
            }
        }

        // Rule 47: a pod isolated for egress is decided by NetworkPolicy; the baseline tier is not consulted.
        if (IsIsolatedForEgress(subject))
        {
            return NetworkPolicyVerdict(subject, address, destination, target);
        }

        if (!toSelf)
        {
            var baseline = RunTier(AdminTier.Baseline, subject, address, destination, target);
            if (baseline is not null)
            {
                return baseline;
            }
        }

        // Rules 6, 43, 47: nothing decided, Kubernetes allows.
        return new Verdict(true, Decision.DefaultAllow, []);
    }

    /// <summary>
    /// Rule 27: the pod owning <paramref name="address"/>, or null when the address is external.
    /// Rule 37: Succeeded and Failed pods are never destinations (their IPs are reused).
    /// </summary>
    public PodInfo? FindPod(IpAddress address)
    {
        var normalized = Normalize(address);
        foreach (var pod in Snapshot.Pods)
        {
            if (pod.Phase == PodPhase.Succeeded || pod.Phase == PodPhase.Failed)
            {
                continue;
            }

            if (Owns(pod, normalized))
            {
                return pod;
            }
        }

        return null;
    }

    /// <summary>Rule 6: some policy of the pod's namespace selects it and has Egress in its policy types.</summary>
    public bool IsIsolatedForEgress(PodInfo subject)
    {
        foreach (var policy in Snapshot.NetworkPolicies)
        {
            if (Governs(policy, subject))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The labels of namespace <paramref name="name"/>; an undeclared one has only its name label (rule 16).</summary>
    private LabelSet NamespaceLabels(string name)
    {
        foreach (var ns in Snapshot.Namespaces)
        {
            if (ns.Name == name)
            {
                return ns.Labels;
            }
        }

        return LabelSet.Of((NamespaceInfo.NameLabel, name));
    }

    private static bool Owns(PodInfo pod, IpAddress address)
    {
        foreach (var ip in pod.Ips)
        {
            if (Normalize(ip) == address)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rule 25: <c>::ffff:a.b.c.d</c> is <c>a.b.c.d</c>.</summary>
    private static IpAddress Normalize(IpAddress address)
    {
        var mappedPrefix = (UInt128)0xFFFF << 32;
        var upper96 = address.Value >> 32 << 32;
        if (address.Family == IpFamily.V6 && upper96 == mappedPrefix)
        {
            return new IpAddress(IpFamily.V4, address.Value & uint.MaxValue);
        }

        return address;
    }

    private static Verdict Decided(bool allowed, Decision decision, RuleRef by) => new(allowed, decision, ImmutableArray.Create(by));
}
