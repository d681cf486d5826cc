namespace MetaFence.Core.Snapshot;

/// <summary>A cluster-wide rule's action; v1alpha1 <c>Allow</c> is read as <see cref="Accept"/> (rule 52).</summary>
public enum AdminAction
{
    Accept,
    Deny,
    Pass,
}
