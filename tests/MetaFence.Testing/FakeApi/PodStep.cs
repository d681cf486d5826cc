namespace MetaFence.Testing.FakeApi;

/// <summary>
/// One state of a scripted pod: its phase and its (single) container's state — <c>waiting</c> (with
/// <paramref name="Reason"/>, e.g. ContainerCreating), <c>running</c>, or <c>terminated</c> with
/// <paramref name="ExitCode"/> and <paramref name="Reason"/> (Completed, Error).
/// </summary>
public sealed record PodStep(string Phase, string ContainerState, int? ExitCode = null, string? Reason = null)
{
    public static PodStep Pending { get; } = new("Pending", "waiting", Reason: "ContainerCreating");

    public static PodStep Running { get; } = new("Running", "running");

    public static PodStep Terminated(string phase, int exitCode, string reason) => new(phase, "terminated", exitCode, reason);

    /// <summary>Whether the container has started, so that its log can be read.</summary>
    public bool HasStarted => ContainerState != "waiting";
}
