namespace MetaFence.Core.Evaluation;

/// <summary>Which step of the egress pipeline (rule 43, 52) made the final decision.</summary>
public enum Decision
{
    /// <summary>The subject uses the host network: no policy layer applies (rules 15, 36, 46).</summary>
    HostNetwork,

    /// <summary>An admin-tier rule accepted (rule 44).</summary>
    AdminAccept,

    /// <summary>An admin-tier rule denied (rule 44).</summary>
    AdminDeny,

    /// <summary>The pod is isolated for egress and some NetworkPolicy rule allows (rule 7).</summary>
    NetworkPolicyAllow,

    /// <summary>The pod is isolated for egress and no NetworkPolicy rule allows (rule 8).</summary>
    NetworkPolicyDeny,

    /// <summary>A baseline-tier rule accepted (rule 47).</summary>
    BaselineAccept,

    /// <summary>A baseline-tier rule denied (rule 47).</summary>
    BaselineDeny,

    /// <summary>A Calico rule allowed (SEMANTICS 53).</summary>
    CalicoAllow,

    /// <summary>A Calico rule denied, or a Calico tier with a policy for the pod reached no verdict (rules 53, 56).</summary>
    CalicoDeny,

    /// <summary>The pod is in Cilium default-deny for egress and a Cilium egress rule allows (rule 58).</summary>
    CiliumAllow,

    /// <summary>A Cilium egressDeny rule matched (rule 57), or Cilium default-deny allowed nothing (rule 58).</summary>
    CiliumDeny,

    /// <summary>Nothing decided: Kubernetes' default allows (rule 6, 47).</summary>
    DefaultAllow,

    /// <summary>The network plugin enforces no NetworkPolicy for this pod (its kind, or its node: Windows, Fargate; SEMANTICS 39).</summary>
    NotEnforced,
}
