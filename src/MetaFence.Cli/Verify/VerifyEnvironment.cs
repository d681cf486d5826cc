using MetaFence.Core.Snapshot;
using MetaFence.Sources.Live;

namespace MetaFence.Cli.Verify;

/// <summary>
/// What <c>verify</c> takes from the world besides its options: the clock its polls run on, the run
/// id (tests fix both), how often pods are polled, and how a cluster becomes a snapshot.
/// </summary>
internal sealed record VerifyEnvironment
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>A new run id: 8 lowercase letters and digits.</summary>
    public Func<string> NewRunId { get; init; } = () => RunIds.Create(TimeProvider.System.GetUtcNow(), Random.Shared.Next());

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Reads the cluster's namespaces, workloads, pods and policies.</summary>
    public required Func<ClusterConnection, CancellationToken, Task<ClusterSnapshot>> ReadSnapshot { get; init; }
}
