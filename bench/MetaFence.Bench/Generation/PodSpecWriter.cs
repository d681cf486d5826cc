using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes a pod spec (the body of <c>spec</c> or <c>spec.template.spec</c>) in one of the <see cref="SpecMode"/>s.</summary>
internal static class PodSpecWriter
{
    public static void Write(Utf8JsonWriter w, PodShape shape, SpecMode mode, PodInstance? pod)
    {
        var apiAccess = pod?.ApiAccessVolume ?? string.Empty;
        w.WriteStartArray("containers");
        foreach (var container in shape.Containers)
        {
            ContainerWriter.Write(w, container, mode, apiAccess);
        }

        w.WriteEndArray();
        if (mode != SpecMode.Applied)
        {
            w.WriteString("dnsPolicy", "ClusterFirst");
        }

        if (pod is not null)
        {
            WriteScheduling(w, shape, pod);
        }

        if (mode != SpecMode.Applied)
        {
            w.WriteString("restartPolicy", "Always");
            w.WriteString("schedulerName", "default-scheduler");
            w.Leaf("securityContext");
            w.WriteString("serviceAccount", shape.ServiceAccount);
        }

        w.WriteString("serviceAccountName", shape.ServiceAccount);
        if (mode != SpecMode.Applied)
        {
            w.WriteNumber("terminationGracePeriodSeconds", 30);
        }

        if (pod is not null)
        {
            WriteTolerations(w);
        }

        WriteVolumes(w, shape, mode, apiAccess);
    }

    /// <summary>What admission and the scheduler add to a pod.</summary>
    private static void WriteScheduling(Utf8JsonWriter w, PodShape shape, PodInstance pod)
    {
        w.WriteBoolean("enableServiceLinks", true);
        w.WriteString("nodeName", pod.NodeName);
        w.WriteString("preemptionPolicy", "PreemptLowerPriority");
        w.WriteNumber("priority", shape.Workload.IsDns ? 2000000000 : 0);
        if (shape.Workload.IsDns)
        {
            w.WriteString("priorityClassName", "system-cluster-critical");
        }
    }

    private static void WriteTolerations(Utf8JsonWriter w)
    {
        w.WriteStartArray("tolerations");
        foreach (var key in (ReadOnlySpan<string>)["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"])
        {
            w.WriteStartObject();
            w.WriteString("effect", "NoExecute");
            w.WriteString("key", key);
            w.WriteString("operator", "Exists");
            w.WriteNumber("tolerationSeconds", 300);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteVolumes(Utf8JsonWriter w, PodShape shape, SpecMode mode, string apiAccess)
    {
        w.WriteStartArray("volumes");
        foreach (var volume in shape.Volumes)
        {
            w.WriteStartObject();
            if (volume.ConfigMap is null)
            {
                w.Leaf("emptyDir");
            }
            else
            {
                w.WriteStartObject("configMap");
                if (mode != SpecMode.Applied)
                {
                    w.WriteNumber("defaultMode", 420);
                }

                w.WriteString("name", volume.ConfigMap);
                w.WriteEndObject();
            }

            w.WriteString("name", volume.Name);
            w.WriteEndObject();
        }

        if (mode == SpecMode.Pod)
        {
            WriteApiAccessVolume(w, apiAccess);
        }

        w.WriteEndArray();
    }

    /// <summary>The projected service-account token volume the API server adds to every pod.</summary>
    private static void WriteApiAccessVolume(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteStartObject("projected");
        w.WriteNumber("defaultMode", 420);
        w.WriteStartArray("sources");
        w.WriteStartObject();
        w.WriteStartObject("serviceAccountToken");
        w.WriteNumber("expirationSeconds", 3607);
        w.WriteString("path", "token");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteStartObject("configMap");
        w.WriteStartArray("items");
        w.WriteStartObject();
        w.WriteString("key", "ca.crt");
        w.WriteString("path", "ca.crt");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("name", "kube-root-ca.crt");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteStartObject("downwardAPI");
        w.WriteStartArray("items");
        w.WriteStartObject();
        w.WriteStartObject("fieldRef");
        w.WriteString("apiVersion", "v1");
        w.WriteString("fieldPath", "metadata.namespace");
        w.WriteEndObject();
        w.WriteString("path", "namespace");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
