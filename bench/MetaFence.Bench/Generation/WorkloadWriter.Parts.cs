using System.Globalization;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>The parts Deployments and ReplicaSets share: header, selector, template and their managed fields.</summary>
internal sealed partial class WorkloadWriter
{
    private static void Header(Utf8JsonWriter w, string kind)
    {
        w.WriteStartObject();
        w.WriteString("apiVersion", "apps/v1");
        w.WriteString("kind", kind);
        w.WriteStartObject("metadata");
    }

    private static void Identity(Utf8JsonWriter w, string name, string ns, string uid, int created)
    {
        w.WriteString("name", name);
        w.WriteString("namespace", ns);
        w.WriteString("resourceVersion", ResourceVersion(created));
        w.WriteString("uid", uid);
        w.WriteEndObject();
    }

    private static string ResourceVersion(int created) => (1_000_000 + created).ToString(CultureInfo.InvariantCulture);

    private static void Selector(Utf8JsonWriter w, PodShape shape, bool includeHash)
    {
        var key = shape.Workload.IsDns ? "k8s-app" : "app";
        w.WriteStartObject("selector");
        w.StringMap("matchLabels", shape.PodLabels.Where(l => l.Key == key || (includeHash && l.Key == "pod-template-hash")));
        w.WriteEndObject();
    }

    private static void Template(Utf8JsonWriter w, PodShape shape, IReadOnlyList<KeyValuePair<string, string>> labels)
    {
        w.WriteStartObject("template");
        w.WriteStartObject("metadata");
        if (shape.Annotations.Count > 0)
        {
            w.StringMap("annotations", shape.Annotations);
        }

        w.WriteNull("creationTimestamp");
        w.StringMap("labels", labels);
        w.WriteEndObject();
        w.WriteStartObject("spec");
        PodSpecWriter.Write(w, shape, SpecMode.Template, null);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void TemplateFields(Utf8JsonWriter w, PodShape shape, IReadOnlyList<KeyValuePair<string, string>> labels)
    {
        w.WriteStartObject("f:template");
        w.WriteStartObject("f:metadata");
        ManagedFieldsWriter.Map(w, "f:annotations", shape.Annotations.Select(a => a.Key));
        ManagedFieldsWriter.Map(w, "f:labels", labels.Select(l => l.Key));
        w.WriteEndObject();
        w.WriteStartObject("f:spec");
        ManagedFieldsWriter.PodSpec(w, shape);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void StatusFields(Utf8JsonWriter w, string[] fields, string time)
    {
        ManagedFieldsWriter.Begin(w, "apps/v1");
        w.WriteStartObject("f:status");
        w.Leaves(fields);
        w.WriteEndObject();
        ManagedFieldsWriter.End(w, "kube-controller-manager", "status", time);
    }

    private static void Condition(Utf8JsonWriter w, string time, string message, string reason, string type)
    {
        w.WriteStartObject();
        w.WriteString("lastTransitionTime", time);
        w.WriteString("lastUpdateTime", time);
        w.WriteString("message", message);
        w.WriteString("reason", reason);
        w.WriteString("status", "True");
        w.WriteString("type", type);
        w.WriteEndObject();
    }
}
