namespace MetaFence.Core.Snapshot;

/// <summary>The cluster-wide tiers around NetworkPolicy (SEMANTICS rules 43, 52).</summary>
public enum AdminTier
{
    Admin,
    Baseline,
}
