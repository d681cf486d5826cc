namespace MetaFence.Core.Snapshot;

/// <summary>A pod's phase; <see cref="Template"/> marks a pod template with no pods yet.</summary>
public enum PodPhase
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Unknown,
    Template,
}
