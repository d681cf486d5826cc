namespace MetaFence.Core.Audit;

/// <summary>What an audit row stands for.</summary>
public enum SubjectKind
{
    /// <summary>A workload with its pods (replicas share one row).</summary>
    Workload,

    /// <summary>A pod with no owner.</summary>
    Pod,

    /// <summary>A workload's pod template, no pods in the input yet.</summary>
    Template,
}
