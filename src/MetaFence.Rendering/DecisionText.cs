using System.Diagnostics;
using MetaFence.Core.Evaluation;

namespace MetaFence.Rendering;

/// <summary>Why a <see cref="Decision"/> came out the way it did, in one clause, citing SEMANTICS.</summary>
internal static class DecisionText
{
    public static string Reason(Decision decision) => decision switch
    {
        Decision.HostNetwork =>
            "the pod uses the host network, so no NetworkPolicy, admin or baseline policy applies (SEMANTICS 15, 36, 46)",
        Decision.NotEnforced =>
            "the network plugin enforces no NetworkPolicy for this pod, so every policy layer is a dead letter (SEMANTICS 39)",
        Decision.AdminAccept =>
            "an admin-tier rule accepts it before any NetworkPolicy is consulted (SEMANTICS 44)",
        Decision.AdminDeny =>
            "an admin-tier rule denies it, and no NetworkPolicy can allow it again (SEMANTICS 44)",
        Decision.NetworkPolicyAllow =>
            "the pod is isolated for egress and a NetworkPolicy rule allows this destination (SEMANTICS 7)",
        Decision.NetworkPolicyDeny =>
            "the pod is isolated for egress and no NetworkPolicy rule allows this destination (SEMANTICS 8)",
        Decision.BaselineAccept =>
            "no admin rule or NetworkPolicy decided, and a baseline-tier rule accepts it (SEMANTICS 47)",
        Decision.BaselineDeny =>
            "no admin rule or NetworkPolicy decided, and a baseline-tier rule denies it (SEMANTICS 47)",
        Decision.CalicoAllow =>
            "a Calico policy rule allows it before any later tier or policy is consulted (SEMANTICS 53)",
        Decision.CalicoDeny =>
            "a Calico policy rule denies it, or a Calico tier that selects the pod reached no verdict and denies by default (SEMANTICS 53, 56)",
        Decision.CiliumAllow =>
            "the pod is isolated for egress and a Cilium egress rule allows this destination (SEMANTICS 58)",
        Decision.CiliumDeny =>
            "a Cilium egressDeny rule matches, or Cilium default-deny allows nothing that matches (SEMANTICS 57, 58)",
        Decision.DefaultAllow =>
            "no policy isolates the pod for egress, so Kubernetes allows it by default (SEMANTICS 6)",
        _ => throw new UnreachableException(),
    };
}
