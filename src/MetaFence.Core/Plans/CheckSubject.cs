using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// A pod the self-check asks about: a subject of the input (its representative pod) or a stand-in
/// (a new pod of a target namespace, a pod matching an <c>--allow</c>). <see cref="Allow"/> is
/// set when an <c>--allow</c> matches it, so it must keep its metadata access.
/// </summary>
public sealed record CheckSubject(PodInfo Pod, string Description, AllowedWorkload? Allow)
{
    /// <summary>True for pods the input does not have: a new pod per namespace, a pod matching an unmatched --allow.</summary>
    public bool IsStandIn { get; init; }

    public override string ToString() => Description;
}
