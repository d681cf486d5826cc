namespace MetaFence.Core.Snapshot;

/// <summary>The <c>toEntities</c> values MetaFence evaluates (SEMANTICS 59).</summary>
public enum CiliumEntity
{
    /// <summary>Everything, in and outside the cluster.</summary>
    All,

    /// <summary>Addresses without a Cilium identity: not a pod, not a node.</summary>
    World,

    /// <summary><see cref="World"/>, IPv4 only.</summary>
    WorldIpv4,

    /// <summary><see cref="World"/>, IPv6 only.</summary>
    WorldIpv6,

    /// <summary>Pods and nodes of the cluster.</summary>
    Cluster,

    /// <summary>Node addresses (the local host and host-network pods).</summary>
    Host,

    /// <summary>Node addresses of other nodes; MetaFence does not know which node is local, so any node.</summary>
    RemoteNode,
}
