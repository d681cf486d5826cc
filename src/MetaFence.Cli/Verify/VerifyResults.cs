using MetaFence.Core.Verify;

namespace MetaFence.Cli.Verify;

/// <summary>Turns one pod's run into rows: each planned check with what the log says and what the engine predicted.</summary>
internal static class VerifyResults
{
    public static IEnumerable<CheckResult> Of(PodRun run, IReadOnlyList<VerifyCheck> checks, VerifyPredictor predictor)
    {
        var lines = run.Failure is null ? ProbeLog.Parse(run.Log) : [];
        var failure = run.Failure ?? (lines.IsEmpty ? $"the log holds no probe line{Excerpt(run.Log)}" : null);
        foreach (var check in checks)
        {
            var (predicted, by) = predictor.Predict(run.Pod.Namespace, run.Pod.Name, run.Pod.Labels, check);
            var result = new CheckResult
            {
                Namespace = run.Pod.Namespace,
                Check = check,
                Observation = Observation.ProbeFailed,
                Outcome = "probe-failed",
                Detail = failure ?? "the log holds no line for this check",
                Predicted = predicted,
                PredictedBy = by,
            };
            if (failure is null && lines.TryGetValue(check.Key, out var line))
            {
                result = result with { Observation = ProbeLog.Observe(check, line.Outcome), Outcome = line.Outcome, Detail = line.Detail };
            }

            yield return result;
        }
    }

    private static string Excerpt(string log)
    {
        var first = log.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is null ? " (it is empty)" : $" (it starts: {(first.Length > 120 ? first[..120] + "…" : first)})";
    }
}
