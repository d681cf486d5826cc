namespace MetaFence.Core.Snapshot;

/// <summary>The kinds of cluster-wide egress peer (rule 49); <see cref="Unknown"/> fails closed (rule 51).</summary>
public enum AdminPeerKind
{
    Namespaces,
    Pods,
    Nodes,
    Networks,
    DomainNames,
    Unknown,
}
