using MetaFence.Cli.Cluster;
using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Verify;

namespace MetaFence.Cli.Verify;

/// <summary>
/// Runs the probe pods, at most <see cref="ProbeRunSettings.Parallel"/> at a time: create, poll until
/// the pod finishes or <see cref="ProbeRunSettings.Timeout"/> passes on the given clock, read the log,
/// delete. Pods are always removed: each by name when its run ends (also on failure and
/// cancellation), then a sweep deletes anything left with this run's label.
/// </summary>
internal sealed class ProbeRunner(IProbeCluster cluster, TimeProvider time, ProbeRunSettings settings, Action<string> warn)
{
    public async Task<ImmutableArray<PodRun>> RunAsync(IReadOnlyList<ProbePodPlan> pods, string runId, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, settings.Parallel));
        try
        {
            var runs = await Task.WhenAll(pods.Select(async pod =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await RunOneAsync(pod, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);
            return [.. runs];
        }
        finally
        {
            await SweepAsync(runId).ConfigureAwait(false);
        }
    }

    private async Task<PodRun> RunOneAsync(ProbePodPlan pod, CancellationToken cancellationToken)
    {
        try
        {
            await cluster.CreatePodAsync(pod, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException e)
        {
            return PodRun.Failed(pod, $"the pod was not created: {e.Message}");
        }

        try
        {
            return await WaitAsync(pod, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await DeleteAsync(pod.Namespace, pod.Name).ConfigureAwait(false);
        }
    }

    private async Task<PodRun> WaitAsync(ProbePodPlan pod, CancellationToken cancellationToken)
    {
        var start = time.GetUtcNow();
        while (true)
        {
            var state = await cluster.GetPodAsync(pod.Namespace, pod.Name, cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                return PodRun.Failed(pod, "the pod disappeared before it finished");
            }

            if (state.IsFinished)
            {
                var log = await cluster.ReadLogAsync(pod.Namespace, pod.Name, cancellationToken).ConfigureAwait(false);
                return state.Phase == "Succeeded"
                    ? PodRun.Succeeded(pod, log)
                    : PodRun.Failed(pod, $"the pod failed{Because(state.Reason)}{LastLine(log)}", log);
            }

            if (time.GetUtcNow() - start >= settings.Timeout)
            {
                var seconds = settings.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                return PodRun.Failed(pod, state.Scheduled
                    ? $"the pod was still {state.Phase} after {seconds}s (hung){Because(state.Reason)}"
                    : $"the pod was not scheduled within {seconds}s{Because(state.Reason)}");
            }

            await Task.Delay(settings.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes one pod, never cancelled: cleanup must run also when the run is.</summary>
    private async Task DeleteAsync(string ns, string name)
    {
        try
        {
            await cluster.DeletePodAsync(ns, name, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ClusterException or Sources.Live.ClusterUnreachableException)
        {
            warn($"could not delete probe pod {ns}/{name}: {e.Message}");
        }
    }

    private async Task SweepAsync(string runId)
    {
        try
        {
            foreach (var (ns, name) in await cluster.ListRunPodsAsync(runId, CancellationToken.None).ConfigureAwait(false))
            {
                await DeleteAsync(ns, name).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is ClusterException or Sources.Live.ClusterUnreachableException)
        {
            warn($"could not list this run's probe pods ({e.Message}); remove any left with: kubectl delete pod -A -l {ProbePods.RunLabel}={runId}");
        }
    }

    private static string Because(string? reason) => string.IsNullOrEmpty(reason) ? string.Empty : $" ({reason})";

    private static string LastLine(string log)
    {
        var last = log.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is null ? string.Empty : $": {(last.Length > 200 ? last[..200] + "…" : last)}";
    }
}
