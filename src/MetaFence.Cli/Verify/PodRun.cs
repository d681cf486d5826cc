using MetaFence.Core.Verify;

namespace MetaFence.Cli.Verify;

/// <summary>How one probe pod ended: its log when it succeeded, or why it gave no answer (<see cref="Failure"/>).</summary>
internal sealed record PodRun(ProbePodPlan Pod, string Log, string? Failure)
{
    public static PodRun Succeeded(ProbePodPlan pod, string log) => new(pod, log, null);

    public static PodRun Failed(ProbePodPlan pod, string failure, string log = "") => new(pod, log, failure);
}
