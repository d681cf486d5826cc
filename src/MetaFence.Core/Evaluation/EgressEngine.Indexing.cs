using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>Indexes built once per engine, and the unknown-verdict step (decision 0004).</summary>
public sealed partial class EgressEngine
{
    /// <summary>Decision 0004: what the unreadable resources leave unknown about this verdict.</summary>
    private Verdict WithUnknown(PodInfo subject, ApplicablePolicies applicable, Destination destination, Verdict verdict)
    {
        var hasNodesPeer = applicable.Admin.Concat(applicable.Baseline)
            .Any(p => p.Egress.Any(r => r.To.Any(t => t.Kind == AdminPeerKind.Nodes)));
        var reasons = _unknown.Reasons(subject, verdict, FindPod(destination.Address) is not null, hasNodesPeer);
        return reasons.IsEmpty ? verdict : verdict with { Unknown = reasons };
    }

    /// <summary>A plain dictionary: freezing 150,000 addresses costs more than the lookups it would save.</summary>
    private static Dictionary<IpAddress, PodInfo> IndexPodsByAddress(ImmutableArray<PodInfo> pods)
    {
        var byAddress = new Dictionary<IpAddress, PodInfo>();
        foreach (var pod in pods)
        {
            if (pod.IsTerminated || pod.IsTemplate)
            {
                continue;
            }

            foreach (var ip in pod.Ips)
            {
                // Host-network pods share the node's IP: a pod-network owner wins (rule 15).
                if (!byAddress.TryGetValue(ip, out var existing) || (existing.HostNetwork && !pod.HostNetwork))
                {
                    byAddress[ip] = pod;
                }
            }
        }

        return byAddress;
    }

    /// <summary>
    /// Admin tier: ANPs and Admin CNPs by priority. Baseline tier: the BANP first, then Baseline
    /// CNPs by priority (SEMANTICS choices for 43–52). Equal priority: name order (rule 45).
    /// </summary>
    private static ImmutableArray<AdminPolicyInfo> OrderTier(ImmutableArray<AdminPolicyInfo> policies, AdminTier tier) =>
        [.. policies.Where(p => p.Tier == tier)
            .OrderBy(p => p.Kind == AdminPolicyInfo.BaselineAdminNetworkPolicyKind ? 0 : 1)
            .ThenBy(p => p.Priority)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Kind, StringComparer.Ordinal)];
}
