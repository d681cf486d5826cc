namespace MetaFence.Sources.Conversion;

/// <summary>The kinds MetaFence converts; every other kind is counted and skipped.</summary>
internal enum KnownKind
{
    Pod,
    Deployment,
    StatefulSet,
    DaemonSet,
    ReplicaSet,
    Job,
    CronJob,
    Namespace,
    Node,
    NetworkPolicy,
    AdminNetworkPolicy,
    BaselineAdminNetworkPolicy,
    ClusterNetworkPolicy,
    CalicoGlobalNetworkPolicy,
    CalicoTier,
    CiliumClusterwideNetworkPolicy,
    CiliumNetworkPolicy,

    /// <summary>A record in a <c>--save-snapshot</c> dump of a resource the live read was refused.</summary>
    UnreadableResource,
}
