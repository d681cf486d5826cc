using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// A workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob): its own controller
/// and its pod template, already converted, standing in for its pods when none are in the input.
/// </summary>
internal sealed record WorkloadDraft(ObjectRef Ref, ObjectRef? Controller, PodInfo? Template, int Replicas, SourceLocation Location);
