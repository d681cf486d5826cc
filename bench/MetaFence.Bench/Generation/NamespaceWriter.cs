using System.Globalization;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes a Namespace object with the labels policies select on (team, stage, the name label).</summary>
internal static class NamespaceWriter
{
    public static void Write(Utf8JsonWriter w, ClusterPlan plan, NamespacePlan ns)
    {
        var rng = Rng.For(plan.Seed, ClusterPlan.NamespaceStream, (ulong)ns.Index);
        var created = Timestamps.At(ns.IsSystem ? 0 : rng.Next(0, 100 * 86_400));
        KeyValuePair<string, string>[] labels = ns.IsSystem
            ? [KeyValuePair.Create(NameLabel, ns.Name)]
            :
            [
                KeyValuePair.Create("environment", ns.Stage),
                KeyValuePair.Create(NameLabel, ns.Name),
                KeyValuePair.Create("pod-security.kubernetes.io/enforce", "baseline"),
                KeyValuePair.Create("team", ns.Team),
            ];
        w.WriteStartObject();
        w.WriteString("apiVersion", "v1");
        w.WriteString("kind", "Namespace");
        w.WriteStartObject("metadata");
        w.WriteString("creationTimestamp", created);
        w.StringMap("labels", labels);
        w.WriteStartArray("managedFields");
        ManagedFieldsWriter.Begin(w, "v1");
        w.WriteStartObject("f:metadata");
        ManagedFieldsWriter.Map(w, "f:labels", labels.Select(l => l.Key));
        w.WriteEndObject();
        ManagedFieldsWriter.End(w, ns.IsSystem ? "kube-apiserver" : "kubectl-create", null, created);
        w.WriteEndArray();
        w.WriteString("name", ns.Name);
        w.WriteString("resourceVersion", rng.Next(100, 9_999_999).ToString(CultureInfo.InvariantCulture));
        w.WriteString("uid", rng.Uid());
        w.WriteEndObject();
        w.WriteStartObject("spec");
        w.StringArray("finalizers", ["kubernetes"]);
        w.WriteEndObject();
        w.WriteStartObject("status");
        w.WriteString("phase", "Active");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private const string NameLabel = "kubernetes.io/metadata.name";
}
