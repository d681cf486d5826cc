namespace MetaFence.Testing.FakeApi;

/// <summary>
/// How a pod created through the fake API behaves. Deterministic, no timers: the pod's state moves one
/// <see cref="Steps"/> entry forward each time a client reads the pod (GET, or a list item, or a watch event) and
/// stays at the last one. <see cref="Logs"/> is what <c>pods/{name}/log</c> serves once the container has started.
/// </summary>
public sealed class PodScript
{
    private PodScript(string logs, IReadOnlyList<PodStep> steps)
    {
        Logs = logs;
        Steps = steps;
    }

    public string Logs { get; }

    public IReadOnlyList<PodStep> Steps { get; }

    /// <summary>Pending, Running, then Succeeded with exit code 0.</summary>
    public static PodScript Succeeds(string logs) =>
        new(logs, [PodStep.Pending, PodStep.Running, PodStep.Terminated("Succeeded", 0, "Completed")]);

    /// <summary>Pending, Running, then Failed: the container ran and exited 1 (a probe that reports failure).</summary>
    public static PodScript Fails(string logs) =>
        new(logs, [PodStep.Pending, PodStep.Running, PodStep.Terminated("Failed", 1, "Error")]);

    /// <summary>Pending, Running, then Failed with a crash's exit code (default 139, a segfault) and reason Error.</summary>
    public static PodScript Crashes(string logs, int exitCode = 139) =>
        new(logs, [PodStep.Pending, PodStep.Running, PodStep.Terminated("Failed", exitCode, "Error")]);

    /// <summary>Pending, then Running for ever (a probe whose connection hangs).</summary>
    public static PodScript Hangs(string logs = "") => new(logs, [PodStep.Pending, PodStep.Running]);

    /// <summary>Pending for ever, its container waiting (no node would take it).</summary>
    public static PodScript NeverScheduled() => new("", [new PodStep("Pending", "waiting", Reason: "Unschedulable")]);

    /// <summary>Any sequence of states.</summary>
    public static PodScript Of(string logs, params PodStep[] steps)
    {
        ArgumentOutOfRangeException.ThrowIfZero(steps.Length);
        return new(logs, steps);
    }
}
