using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// A workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob): its own controller
/// and its pod template, standing in for its pods when none are in the input. The template is
/// lazy because a dump's workloads rarely need one and its label set is costly to make.
/// </summary>
internal sealed record WorkloadDraft(ObjectRef Ref, ObjectRef? Controller, Lazy<PodInfo>? Template, int Replicas, SourceLocation Location);
