using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes a running pod's <c>status</c>: conditions, container statuses, addresses.</summary>
internal static class PodStatusWriter
{
    public static void Write(Utf8JsonWriter w, ClusterPlan plan, PodShape shape, PodInstance pod)
    {
        var started = Timestamps.At(pod.StartedSecond + 3);
        w.WriteStartObject("status");
        w.WriteStartArray("conditions");
        foreach (var type in PodWriter.ConditionTypes)
        {
            w.WriteStartObject();
            w.WriteNull("lastProbeTime");
            w.WriteString("lastTransitionTime", type is "Ready" or "ContainersReady" or "PodReadyToStartContainers" ? Timestamps.At(pod.StartedSecond + 12) : Timestamps.At(pod.StartedSecond));
            w.WriteString("status", "True");
            w.WriteString("type", type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("containerStatuses");
        var digests = Rng.For(plan.Seed, ClusterPlan.WorkloadStream + 100, (ulong)shape.Workload.Index);
        for (var i = 0; i < shape.Containers.Count; i++)
        {
            WriteContainerStatus(w, shape.Containers[i], pod, i, digests.Hex(64), started);
        }

        w.WriteEndArray();
        w.WriteString("hostIP", pod.NodeIp);
        w.IpList("hostIPs", pod.NodeIp);
        w.WriteString("phase", "Running");
        w.WriteString("podIP", pod.Ip);
        w.IpList("podIPs", pod.Ip);
        w.WriteString("qosClass", "Burstable");
        w.WriteString("startTime", Timestamps.At(pod.StartedSecond));
        w.WriteEndObject();
    }

    private static void WriteContainerStatus(Utf8JsonWriter w, ContainerShape c, PodInstance pod, int index, string digest, string started)
    {
        var restarts = pod.Restarts[index];
        var id = "containerd://" + pod.ContainerIds[index];
        w.WriteStartObject();
        w.WriteString("containerID", id);
        w.WriteString("image", c.Image);
        w.WriteString("imageID", $"{c.Image[..c.Image.LastIndexOf(':')]}@sha256:{digest}");
        w.WriteStartObject("lastState");
        if (restarts > 0)
        {
            w.WriteStartObject("terminated");
            w.WriteString("containerID", "containerd://" + digest);
            w.WriteNumber("exitCode", 137);
            w.WriteString("finishedAt", started);
            w.WriteString("reason", "OOMKilled");
            w.WriteString("startedAt", Timestamps.At(pod.StartedSecond));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteString("name", c.Name);
        w.WriteBoolean("ready", true);
        w.WriteNumber("restartCount", restarts);
        w.WriteBoolean("started", true);
        w.WriteStartObject("state");
        w.WriteStartObject("running");
        w.WriteString("startedAt", started);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
