using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// A pod read from input, before ownership is resolved: its direct controller and the
/// <c>pod-template-hash</c> label that ties it to a Deployment when its ReplicaSet is absent.
/// </summary>
internal sealed record PodDraft(PodInfo Info, ObjectRef? Controller, string? TemplateHash);
