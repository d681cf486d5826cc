using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>
/// Writes <c>metadata.managedFields</c> entries: server-side-apply's field sets (FieldsV1), the bulk
/// of a real object's metadata and mostly tiny empty objects, hard work for a JSON reader.
/// </summary>
internal static partial class ManagedFieldsWriter
{
    /// <summary>Opens one entry up to its <c>fieldsV1</c> object; close it with <see cref="End"/>.</summary>
    public static void Begin(Utf8JsonWriter w, string apiVersion)
    {
        w.WriteStartObject();
        w.WriteString("apiVersion", apiVersion);
        w.WriteString("fieldsType", "FieldsV1");
        w.WriteStartObject("fieldsV1");
    }

    public static void End(Utf8JsonWriter w, string manager, string? subresource, string time)
    {
        w.WriteEndObject();
        w.WriteString("manager", manager);
        w.WriteString("operation", "Update");
        if (subresource is not null)
        {
            w.WriteString("subresource", subresource);
        }

        w.WriteString("time", time);
        w.WriteEndObject();
    }

    /// <summary>A map's field set: <c>name: {".": {}, "f:key": {}, ...}</c>, as for labels and annotations.</summary>
    public static void Map(Utf8JsonWriter w, string name, IEnumerable<string> keys)
    {
        w.WriteStartObject(name);
        w.Leaf(".");
        foreach (var key in keys)
        {
            w.Leaf("f:" + key);
        }

        w.WriteEndObject();
    }

    /// <summary>The field set of one controller owner reference.</summary>
    public static void OwnerReference(Utf8JsonWriter w, string uid)
    {
        w.WriteStartObject("f:ownerReferences");
        w.Leaf(".");
        w.WriteStartObject(Key("uid", uid));
        w.Leaves(".", "f:apiVersion", "f:blockOwnerDeletion", "f:controller", "f:kind", "f:name", "f:uid");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The fields of a pod spec (the body of <c>f:spec</c> or <c>f:template/f:spec</c>).</summary>
    public static void PodSpec(Utf8JsonWriter w, PodShape shape)
    {
        w.WriteStartObject("f:containers");
        foreach (var c in shape.Containers)
        {
            Container(w, c);
        }

        w.WriteEndObject();
        w.Leaves("f:dnsPolicy", "f:enableServiceLinks", "f:restartPolicy", "f:schedulerName", "f:securityContext",
            "f:serviceAccount", "f:serviceAccountName", "f:terminationGracePeriodSeconds");
        w.WriteStartObject("f:volumes");
        w.Leaf(".");
        foreach (var volume in shape.Volumes)
        {
            w.WriteStartObject(Key("name", volume.Name));
            w.Leaf(".");
            if (volume.ConfigMap is null)
            {
                w.Leaf("f:emptyDir");
            }
            else
            {
                w.WriteStartObject("f:configMap");
                w.Leaves(".", "f:defaultMode", "f:name");
                w.WriteEndObject();
            }

            w.Leaf("f:name");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>What the kubelet owns in a running pod's status.</summary>
    public static void PodStatus(Utf8JsonWriter w, string podIp)
    {
        w.WriteStartObject("f:status");
        w.WriteStartObject("f:conditions");
        foreach (var type in PodWriter.ConditionTypes)
        {
            w.WriteStartObject(Key("type", type));
            w.Leaves(".", "f:lastProbeTime", "f:lastTransitionTime", "f:status", "f:type");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.Leaves("f:containerStatuses", "f:hostIP", "f:hostIPs", "f:phase", "f:podIP");
        w.WriteStartObject("f:podIPs");
        w.Leaf(".");
        w.WriteStartObject(Key("ip", podIp));
        w.Leaves(".", "f:ip");
        w.WriteEndObject();
        w.WriteEndObject();
        w.Leaf("f:startTime");
        w.WriteEndObject();
    }

    public static string Key(string field, string value) => $"k:{{\"{field}\":\"{value}\"}}";
}
