using System.Globalization;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes one running pod as <c>kubectl get pods -o json</c> shows it: about 10 KB.</summary>
internal sealed class PodWriter(ClusterPlan plan, LastApplied lastApplied)
{
    public static readonly string[] ConditionTypes = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"];

    public void Write(Utf8JsonWriter w, PodShape shape, int podIndex)
    {
        var pod = NewInstance(shape, podIndex);
        w.WriteStartObject();
        w.WriteString("apiVersion", "v1");
        w.WriteString("kind", "Pod");
        WriteMetadata(w, shape, pod);
        w.WriteStartObject("spec");
        PodSpecWriter.Write(w, shape, SpecMode.Pod, pod);
        w.WriteEndObject();
        PodStatusWriter.Write(w, plan, shape, pod);
        w.WriteEndObject();
    }

    private PodInstance NewInstance(PodShape shape, int podIndex)
    {
        var rng = Rng.For(plan.Seed, ClusterPlan.PodStream, (ulong)podIndex);
        var workload = shape.Workload;
        var name = workload.IsDeployment ? $"{shape.ReplicaSetName}-{rng.Suffix(5)}" : $"{workload.Name}-{rng.Suffix(5)}";
        var node = rng.Next(plan.Nodes);
        var (a, b) = (1 + (node / 250), 1 + (node % 250));
        var ip = podIndex + 1;
        return new PodInstance(
            name,
            rng.Uid(),
            string.Create(CultureInfo.InvariantCulture, $"10.{64 + (ip >> 16)}.{(ip >> 8) & 255}.{ip & 255}"),
            string.Create(CultureInfo.InvariantCulture, $"ip-10-0-{a}-{b}.ec2.internal"),
            string.Create(CultureInfo.InvariantCulture, $"10.0.{a}.{b}"),
            $"kube-api-access-{rng.Suffix(5)}",
            shape.CreatedSecond + rng.Next(0, 30 * 86_400),
            rng.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
            [.. shape.Containers.Select(_ => rng.Hex(64))],
            [.. shape.Containers.Select(_ => rng.Percent(5) ? rng.Next(1, 4) : 0)]);
    }

    private void WriteMetadata(Utf8JsonWriter w, PodShape shape, PodInstance pod)
    {
        var workload = shape.Workload;
        var created = Timestamps.At(pod.StartedSecond);
        w.WriteStartObject("metadata");
        w.WriteStartObject("annotations");
        WriteLastApplied(w, shape, pod);
        foreach (var (key, value) in shape.Annotations)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        w.WriteString("creationTimestamp", created);
        if (workload.IsDeployment)
        {
            w.WriteString("generateName", shape.ReplicaSetName + "-");
        }

        w.StringMap("labels", shape.PodLabels);
        WriteManagedFields(w, shape, pod, created);
        w.WriteString("name", pod.Name);
        w.WriteString("namespace", workload.Namespace.Name);
        if (workload.IsDeployment)
        {
            OwnerReference.Write(w, "ReplicaSet", shape.ReplicaSetName, shape.ReplicaSetUid);
        }

        w.WriteString("resourceVersion", pod.ResourceVersion);
        w.WriteString("uid", pod.Uid);
        w.WriteEndObject();
    }

    private static void WriteManagedFields(Utf8JsonWriter w, PodShape shape, PodInstance pod, string created)
    {
        var workload = shape.Workload;
        w.WriteStartArray("managedFields");
        ManagedFieldsWriter.Begin(w, "v1");
        w.WriteStartObject("f:metadata");
        ManagedFieldsWriter.Map(w, "f:annotations", [LastApplied.Annotation, .. shape.Annotations.Select(a => a.Key)]);
        if (workload.IsDeployment)
        {
            w.Leaf("f:generateName");
        }

        ManagedFieldsWriter.Map(w, "f:labels", shape.PodLabels.Select(l => l.Key));
        if (workload.IsDeployment)
        {
            ManagedFieldsWriter.OwnerReference(w, shape.ReplicaSetUid);
        }

        w.WriteEndObject();
        w.WriteStartObject("f:spec");
        ManagedFieldsWriter.PodSpec(w, shape);
        w.WriteEndObject();
        ManagedFieldsWriter.End(w, workload.IsDeployment ? "kube-controller-manager" : "kubectl-client-side-apply", null, created);
        ManagedFieldsWriter.Begin(w, "v1");
        ManagedFieldsWriter.PodStatus(w, pod.Ip);
        ManagedFieldsWriter.End(w, "kubelet", "status", Timestamps.At(pod.StartedSecond + 12));
        w.WriteEndArray();
    }

    private void WriteLastApplied(Utf8JsonWriter w, PodShape shape, PodInstance pod)
    {
        var applied = lastApplied.Begin("v1", "Pod");
        LastApplied.Metadata(applied, shape.Annotations, shape.PodLabels, pod.Name, shape.Workload.Namespace.Name);
        applied.WriteStartObject("spec");
        PodSpecWriter.Write(applied, shape, SpecMode.Applied, null);
        applied.WriteEndObject();
        lastApplied.End(w);
    }
}
