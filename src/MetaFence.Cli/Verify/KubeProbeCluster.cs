using System.Text.Json;
using System.Text.Json.Nodes;
using MetaFence.Cli.Cluster;
using MetaFence.Core.Verify;

namespace MetaFence.Cli.Verify;

/// <summary><see cref="IProbeCluster"/> on a live API server: pods, pods/log, delete, list by the run label.</summary>
internal sealed class KubeProbeCluster(KubeApi api) : IProbeCluster
{
    public async Task CreatePodAsync(ProbePodPlan pod, CancellationToken cancellationToken)
    {
        const string Doing = "creating a probe pod";
        var response = await api.SendAsync(HttpMethod.Post, $"api/v1/namespaces/{pod.Namespace}/pods", Doing, ProbePodJson.Of(pod).ToJsonString(),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            return;
        }

        // Admission (Pod Security, quota, policy engines) refuses one namespace's pod: that probe fails, the run goes on.
        // Any other 401/403 means MetaFence may not create pods at all: exit 3.
        var admission = response.Status == 403 && response.Body.Contains("violates", StringComparison.OrdinalIgnoreCase);
        throw response.Status is 401 or 403 && !admission ? api.Refused(Doing, response) : new ClusterException(response.Message, response.Status);
    }

    public async Task<PodState?> GetPodAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var response = await api.SendCheckedAsync(HttpMethod.Get, $"api/v1/namespaces/{ns}/pods/{name}", "reading a probe pod",
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return null;
        }

        Expect(response, "reading a probe pod");
        var pod = JsonNode.Parse(response.Body);
        var status = pod?["status"];
        var phase = status?["phase"]?.GetValue<string>() ?? "Pending";
        var state = status?["containerStatuses"]?.AsArray().FirstOrDefault()?["state"];
        var terminated = state?["terminated"];
        var reason = status?["reason"]?.GetValue<string>()
            ?? state?["waiting"]?["reason"]?.GetValue<string>()
            ?? (terminated is null ? null : $"{terminated["reason"]?.GetValue<string>() ?? "terminated"}, exit code {terminated["exitCode"]}");
        var scheduled = phase != "Pending" || pod?["spec"]?["nodeName"] is not null
            || (status?["conditions"]?.AsArray().Any(c => c?["type"]?.GetValue<string>() == "PodScheduled" && c?["status"]?.GetValue<string>() == "True") ?? false);
        return new PodState(phase, scheduled, reason);
    }

    public async Task<string> ReadLogAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var response = await api.SendCheckedAsync(HttpMethod.Get, $"api/v1/namespaces/{ns}/pods/{name}/log?container={ProbePods.ContainerName}",
            "reading a probe pod's log", cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.IsSuccess ? response.Body : string.Empty;
    }

    public async Task<bool> DeletePodAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var response = await api.SendCheckedAsync(HttpMethod.Delete, $"api/v1/namespaces/{ns}/pods/{name}?gracePeriodSeconds=0", "deleting a probe pod",
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return false;
        }

        Expect(response, "deleting a probe pod");
        return true;
    }

    public async Task<IReadOnlyList<(string Namespace, string Name)>> ListRunPodsAsync(string runId, CancellationToken cancellationToken)
    {
        var selector = Uri.EscapeDataString($"{ProbePods.RunLabel}={runId}");
        var response = await api.SendCheckedAsync(HttpMethod.Get, $"api/v1/pods?labelSelector={selector}", "listing probe pods",
            cancellationToken: cancellationToken).ConfigureAwait(false);
        Expect(response, "listing probe pods");
        using var json = JsonDocument.Parse(response.Body);
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("metadata"))
            .Select(m => (m.GetProperty("namespace").GetString() ?? string.Empty, m.GetProperty("name").GetString() ?? string.Empty))];
    }

    private static void Expect(ApiResponse response, string doing)
    {
        if (!response.IsSuccess)
        {
            throw new ClusterException($"{doing}: {response.Message}", response.Status);
        }
    }
}
