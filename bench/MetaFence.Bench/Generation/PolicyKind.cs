namespace MetaFence.Bench.Generation;

/// <summary>The NetworkPolicies found in real clusters, in the mix <see cref="PolicyPlanner"/> draws from.</summary>
internal enum PolicyKind
{
    DefaultDenyEgress,
    DefaultDenyAll,
    AllowDns,
    MetadataFence,
    LinkLocalFence,
    AllowToPeerApp,
    AllowFromMonitoring,
    AllowSameNamespace,
}
