using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>
/// The self-check's answer for one set of generated objects: every failure (empty means
/// proven), the host-network subjects no policy can protect, and what was proven, for the output header.
/// </summary>
public sealed record FenceCheckReport
{
    public required string Style { get; init; }

    public required ImmutableArray<CheckFailure> Failures { get; init; }

    /// <summary>Generated objects the API server would reject or warn about (SEMANTICS 12, 19, 21, 23–25): a bug, never printed.</summary>
    public ImmutableArray<string> Invalid { get; init; } = [];

    public required ImmutableArray<CheckSubject> Subjects { get; init; }

    public required ImmutableArray<CheckSubject> HostNetwork { get; init; }

    public required ImmutableArray<CheckDestination> Destinations { get; init; }

    public bool IsProven => Failures.IsEmpty && Invalid.IsEmpty;
}
