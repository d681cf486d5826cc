namespace MetaFence.Core.Dataplane;

/// <summary>Whether a detected plugin enforces egress NetworkPolicy.</summary>
public enum Enforcement
{
    /// <summary>Enforces NetworkPolicy egress rules.</summary>
    Enforces,

    /// <summary>Enforces only when a setting the input does not show is on (AWS <c>enableNetworkPolicy</c>); treated as enforcing, with a finding.</summary>
    EnforcesIfEnabled,

    /// <summary>Enforces no NetworkPolicy at all (plain Flannel, AWS VPC CNI without its agent, Weave without weave-npc).</summary>
    DoesNotEnforce,

    /// <summary>Enforces ingress rules only (OpenShift SDN).</summary>
    IngressOnly,
}
