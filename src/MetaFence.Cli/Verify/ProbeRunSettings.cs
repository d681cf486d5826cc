namespace MetaFence.Cli.Verify;

/// <summary>How probe pods are run: how many at once, how long each may take, how often it is polled.</summary>
internal sealed record ProbeRunSettings
{
    public int Parallel { get; init; } = 4;

    /// <summary>From creation to a finished pod; also the pod's <c>activeDeadlineSeconds</c>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
