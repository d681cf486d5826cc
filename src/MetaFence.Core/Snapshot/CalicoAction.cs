namespace MetaFence.Core.Snapshot;

/// <summary>A Calico rule's action (SEMANTICS 53): Allow and Deny decide, Log continues, Pass leaves the tier.</summary>
public enum CalicoAction
{
    Allow,
    Deny,
    Log,
    Pass,
}
