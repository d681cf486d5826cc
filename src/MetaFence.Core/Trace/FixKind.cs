namespace MetaFence.Core.Trace;

/// <summary>The ways to cut an attack path, cheapest (least disruptive) first.</summary>
public enum FixKind
{
    /// <summary>The namespace's metadata fence (a NetworkPolicy): one object, no restart, nothing else blocked.</summary>
    NamespaceFence,

    /// <summary>Node metadata settings: IMDSv2 and hop limit 1 (AWS) or GKE_METADATA (GKE); new nodes or a node pool update.</summary>
    NodeSettings,

    /// <summary>Take <c>hostNetwork</c> off the workload (Pod Security keeps it off).</summary>
    RemoveHostNetwork,

    /// <summary>Narrow the node identity: remove the dangerous permissions; node functions must keep working.</summary>
    NarrowIdentity,

    /// <summary>A node firewall for host-network pods that must stay so.</summary>
    NodeFirewall,
}
