using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Trace;

/// <summary>Everything <c>trace</c> found: ranked paths, the same paths grouped, counts, posture and notes.</summary>
public sealed record TraceReport
{
    /// <summary>Every path, most severe first.</summary>
    public required ImmutableArray<TracePath> Paths { get; init; }

    /// <summary>Paths grouped by node group and identity, most severe group first.</summary>
    public required ImmutableArray<TraceGroup> Groups { get; init; }

    public required TraceCounts Counts { get; init; }

    public required ClusterPosture Posture { get; init; }

    public required AuditReport Audit { get; init; }

    /// <summary>What the reader should know: assumed hop count, unknown nodes, unknown identities.</summary>
    public required ImmutableArray<string> Notes { get; init; }
}
