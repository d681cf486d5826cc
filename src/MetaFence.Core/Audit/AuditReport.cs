using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Audit;

/// <summary>Everything <c>audit</c> found, ready for a renderer. Lists are sorted (ordinal).</summary>
public sealed record AuditReport
{
    public required ImmutableArray<Endpoint> Endpoints { get; init; }

    public required ImmutableArray<SubjectResult> Subjects { get; init; }

    public required ImmutableArray<Finding> Findings { get; init; }

    public required ClusterSnapshot Snapshot { get; init; }

    /// <summary>The network plugins detected and the deviations applied to the verdicts.</summary>
    public Dataplane.DataplaneProfile Dataplane { get; init; } = Core.Dataplane.DataplaneProfile.Standard;

    /// <summary>Subjects NetworkPolicy cannot protect, in subject order.</summary>
    public ImmutableArray<UnprotectedSubject> Unprotected { get; init; } = [];

    /// <summary>How many pods the subjects stand for (templates count as zero).</summary>
    public int PodCount => Subjects.Sum(s => s.Subject.PodNames.Length);
}
