using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Audit;

/// <summary>
/// One audit row: a workload with its pods, a bare pod, or a template. <see cref="Representative"/>
/// is the pod whose verdicts stand for all <see cref="PodNames"/> (same namespace, labels and
/// host-network setting).
/// </summary>
public sealed record AuditSubject
{
    public required SubjectKind Kind { get; init; }

    /// <summary>The workload (Deployment, …) or pod this row is about.</summary>
    public required ObjectRef Object { get; init; }

    public required PodInfo Representative { get; init; }

    public ImmutableArray<string> PodNames { get; init; } = [];

    public string Namespace => Object.Namespace ?? Representative.Namespace;

    public bool HostNetwork => Representative.HostNetwork;
}
