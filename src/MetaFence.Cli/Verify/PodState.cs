namespace MetaFence.Cli.Verify;

/// <summary>
/// A probe pod as a poll saw it: its phase (Pending, Running, Succeeded, Failed, Unknown), whether it
/// was scheduled to a node, and the most telling reason (the pod's, or a waiting container's, e.g.
/// <c>ImagePullBackOff</c>, <c>DeadlineExceeded</c>).
/// </summary>
internal sealed record PodState(string Phase, bool Scheduled, string? Reason)
{
    public bool IsFinished => Phase is "Succeeded" or "Failed";
}
