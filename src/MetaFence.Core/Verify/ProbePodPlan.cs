using System.Collections.Immutable;

namespace MetaFence.Core.Verify;

/// <summary>
/// The short-lived pod <c>verify</c> starts in one namespace: its name, labels (the probe's own, plus
/// those of a workload it stands in for), image and script. The security settings are fixed in
/// <see cref="ProbePods"/> so that every probe pod satisfies the <c>restricted</c> Pod Security profile.
/// </summary>
public sealed record ProbePodPlan
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required string RunId { get; init; }

    /// <summary>Sorted by key (ordinal).</summary>
    public required ImmutableArray<KeyValuePair<string, string>> Labels { get; init; }

    public required string Image { get; init; }

    /// <summary>The POSIX sh + curl script the container runs with <c>sh -c</c>.</summary>
    public required string Script { get; init; }

    /// <summary>The kubelet stops the pod after this many seconds, even when MetaFence is gone.</summary>
    public required int ActiveDeadlineSeconds { get; init; }

    /// <summary>The workload whose labels the pod wears (<c>--as NS/WORKLOAD</c>), or null.</summary>
    public string? StandsFor { get; init; }
}
