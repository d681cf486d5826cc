using System.Globalization;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes a workload's Deployment and its one ReplicaSet, each carrying the pod template.</summary>
internal sealed partial class WorkloadWriter(LastApplied lastApplied)
{
    public void WriteDeployment(Utf8JsonWriter w, PodShape shape)
    {
        var workload = shape.Workload;
        var created = Timestamps.At(shape.CreatedSecond);
        Header(w, "Deployment");
        w.WriteStartObject("annotations");
        w.WriteString("deployment.kubernetes.io/revision", "1");
        WriteLastApplied(w, shape);
        w.WriteEndObject();
        w.WriteString("creationTimestamp", created);
        w.WriteNumber("generation", 1);
        w.StringMap("labels", shape.Labels);
        WriteDeploymentFields(w, shape, created);
        Identity(w, workload.Name, workload.Namespace.Name, shape.DeploymentUid, shape.CreatedSecond);
        w.WriteStartObject("spec");
        w.WriteNumber("progressDeadlineSeconds", 600);
        w.WriteNumber("replicas", workload.Replicas);
        w.WriteNumber("revisionHistoryLimit", 10);
        Selector(w, shape, includeHash: false);
        w.WriteStartObject("strategy");
        w.StringMap("rollingUpdate", [KeyValuePair.Create("maxSurge", "25%"), KeyValuePair.Create("maxUnavailable", "25%")]);
        w.WriteString("type", "RollingUpdate");
        w.WriteEndObject();
        Template(w, shape, shape.Labels);
        w.WriteEndObject();
        w.WriteStartObject("status");
        w.WriteNumber("availableReplicas", workload.Replicas);
        w.WriteStartArray("conditions");
        Condition(w, created, "Deployment has minimum availability.", "MinimumReplicasAvailable", "Available");
        Condition(w, created, $"ReplicaSet \"{shape.ReplicaSetName}\" has successfully progressed.", "NewReplicaSetAvailable", "Progressing");
        w.WriteEndArray();
        ReplicaCounts(w, workload.Replicas, ["observedGeneration", "readyReplicas", "replicas", "updatedReplicas"]);
    }

    public static void WriteReplicaSet(Utf8JsonWriter w, PodShape shape)
    {
        var workload = shape.Workload;
        var created = Timestamps.At(shape.CreatedSecond);
        Header(w, "ReplicaSet");
        w.StringMap("annotations", [
            KeyValuePair.Create("deployment.kubernetes.io/desired-replicas", workload.Replicas.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("deployment.kubernetes.io/max-replicas", (workload.Replicas + ((workload.Replicas + 3) / 4)).ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("deployment.kubernetes.io/revision", "1")]);
        w.WriteString("creationTimestamp", created);
        w.WriteNumber("generation", 1);
        w.StringMap("labels", shape.PodLabels);
        WriteReplicaSetFields(w, shape, created);
        w.WriteString("name", shape.ReplicaSetName);
        w.WriteString("namespace", workload.Namespace.Name);
        OwnerReference.Write(w, "Deployment", workload.Name, shape.DeploymentUid);
        w.WriteString("resourceVersion", ResourceVersion(shape.CreatedSecond + 1));
        w.WriteString("uid", shape.ReplicaSetUid);
        w.WriteEndObject();
        w.WriteStartObject("spec");
        w.WriteNumber("replicas", workload.Replicas);
        Selector(w, shape, includeHash: true);
        Template(w, shape, shape.PodLabels);
        w.WriteEndObject();
        w.WriteStartObject("status");
        ReplicaCounts(w, workload.Replicas, ["availableReplicas", "fullyLabeledReplicas", "observedGeneration", "readyReplicas", "replicas"]);
    }

    private static void WriteDeploymentFields(Utf8JsonWriter w, PodShape shape, string created)
    {
        w.WriteStartArray("managedFields");
        ManagedFieldsWriter.Begin(w, "apps/v1");
        w.WriteStartObject("f:metadata");
        ManagedFieldsWriter.Map(w, "f:annotations", [LastApplied.Annotation]);
        ManagedFieldsWriter.Map(w, "f:labels", shape.Labels.Select(l => l.Key));
        w.WriteEndObject();
        w.WriteStartObject("f:spec");
        w.Leaves("f:progressDeadlineSeconds", "f:replicas", "f:revisionHistoryLimit", "f:selector");
        w.WriteStartObject("f:strategy");
        ManagedFieldsWriter.Map(w, "f:rollingUpdate", ["maxSurge", "maxUnavailable"]);
        w.Leaf("f:type");
        w.WriteEndObject();
        TemplateFields(w, shape, shape.Labels);
        w.WriteEndObject();
        ManagedFieldsWriter.End(w, "kubectl-client-side-apply", null, created);
        StatusFields(w, ["f:availableReplicas", "f:conditions", "f:observedGeneration", "f:readyReplicas", "f:replicas", "f:updatedReplicas"], created);
        w.WriteEndArray();
    }

    private static void WriteReplicaSetFields(Utf8JsonWriter w, PodShape shape, string created)
    {
        w.WriteStartArray("managedFields");
        ManagedFieldsWriter.Begin(w, "apps/v1");
        w.WriteStartObject("f:metadata");
        ManagedFieldsWriter.Map(w, "f:annotations", ["deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas", "deployment.kubernetes.io/revision"]);
        ManagedFieldsWriter.Map(w, "f:labels", shape.PodLabels.Select(l => l.Key));
        ManagedFieldsWriter.OwnerReference(w, shape.DeploymentUid);
        w.WriteEndObject();
        w.WriteStartObject("f:spec");
        w.Leaves("f:replicas", "f:selector");
        TemplateFields(w, shape, shape.PodLabels);
        w.WriteEndObject();
        ManagedFieldsWriter.End(w, "kube-controller-manager", null, created);
        StatusFields(w, ["f:availableReplicas", "f:fullyLabeledReplicas", "f:observedGeneration", "f:readyReplicas", "f:replicas"], created);
        w.WriteEndArray();
    }

    private void WriteLastApplied(Utf8JsonWriter w, PodShape shape)
    {
        var applied = lastApplied.Begin("apps/v1", "Deployment");
        LastApplied.Metadata(applied, [], shape.Labels, shape.Workload.Name, shape.Workload.Namespace.Name);
        applied.WriteStartObject("spec");
        applied.WriteNumber("replicas", shape.Workload.Replicas);
        Selector(applied, shape, includeHash: false);
        applied.WriteStartObject("template");
        LastApplied.Metadata(applied, shape.Annotations, shape.Labels, null, null);
        applied.WriteStartObject("spec");
        PodSpecWriter.Write(applied, shape, SpecMode.Applied, null);
        applied.WriteEndObject();
        applied.WriteEndObject();
        applied.WriteEndObject();
        lastApplied.End(w);
    }

    /// <summary>The status counters (every one the replica count but <c>observedGeneration</c>), closing status and object.</summary>
    private static void ReplicaCounts(Utf8JsonWriter w, int replicas, ReadOnlySpan<string> fields)
    {
        foreach (var field in fields)
        {
            w.WriteNumber(field, field == "observedGeneration" ? 1 : replicas);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
