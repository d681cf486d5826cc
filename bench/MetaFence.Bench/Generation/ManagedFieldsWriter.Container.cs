using System.Globalization;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>The field set of one container, in the order kubectl prints it.</summary>
internal static partial class ManagedFieldsWriter
{
    private static void Container(Utf8JsonWriter w, ContainerShape c)
    {
        w.WriteStartObject(Key("name", c.Name));
        w.Leaves(".", "f:args");
        if (c.Env.Count > 0)
        {
            Env(w, c.Env);
        }

        w.Leaves("f:image", "f:imagePullPolicy");
        if (c.ProbePort > 0)
        {
            Probe(w, "f:livenessProbe");
        }

        w.Leaf("f:name");
        Ports(w, c.Ports);
        if (c.ProbePort > 0)
        {
            Probe(w, "f:readinessProbe");
        }

        w.WriteStartObject("f:resources");
        w.Leaf(".");
        Map(w, "f:limits", c.Limits.Cpu.Length > 0 ? ["cpu", "memory"] : ["memory"]);
        Map(w, "f:requests", ["cpu", "memory"]);
        w.WriteEndObject();
        if (c.Hardened)
        {
            SecurityContext(w);
        }

        w.Leaves("f:terminationMessagePath", "f:terminationMessagePolicy");
        Mounts(w, c.Mounts);
        w.WriteEndObject();
    }

    private static void Env(Utf8JsonWriter w, IReadOnlyList<EnvShape> env)
    {
        w.WriteStartObject("f:env");
        w.Leaf(".");
        foreach (var e in env)
        {
            w.WriteStartObject(Key("name", e.Name));
            w.Leaves(".", "f:name");
            if (e.Source == EnvSource.Value)
            {
                w.Leaf("f:value");
            }
            else
            {
                w.WriteStartObject("f:valueFrom");
                w.Leaves(".", e.Source == EnvSource.Field ? "f:fieldRef" : e.Source == EnvSource.Secret ? "f:secretKeyRef" : "f:configMapKeyRef");
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Ports(Utf8JsonWriter w, IReadOnlyList<PortShape> ports)
    {
        w.WriteStartObject("f:ports");
        w.Leaf(".");
        foreach (var port in ports)
        {
            w.WriteStartObject(string.Create(CultureInfo.InvariantCulture, $"k:{{\"containerPort\":{port.Number},\"protocol\":\"{port.Protocol}\"}}"));
            w.Leaves(".", "f:containerPort", "f:name", "f:protocol");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Probe(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject(name);
        w.Leaves(".", "f:failureThreshold");
        w.WriteStartObject("f:httpGet");
        w.Leaves(".", "f:path", "f:port", "f:scheme");
        w.WriteEndObject();
        w.Leaves("f:initialDelaySeconds", "f:periodSeconds", "f:successThreshold", "f:timeoutSeconds");
        w.WriteEndObject();
    }

    private static void SecurityContext(Utf8JsonWriter w)
    {
        w.WriteStartObject("f:securityContext");
        w.Leaves(".", "f:allowPrivilegeEscalation");
        w.WriteStartObject("f:capabilities");
        w.Leaves(".", "f:drop");
        w.WriteEndObject();
        w.Leaves("f:readOnlyRootFilesystem", "f:runAsNonRoot", "f:runAsUser");
        w.WriteEndObject();
    }

    private static void Mounts(Utf8JsonWriter w, IReadOnlyList<MountShape> mounts)
    {
        w.WriteStartObject("f:volumeMounts");
        w.Leaf(".");
        foreach (var mount in mounts)
        {
            w.WriteStartObject(Key("mountPath", mount.Path));
            w.Leaves(mount.ReadOnly ? [".", "f:mountPath", "f:name", "f:readOnly"] : [".", "f:mountPath", "f:name"]);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
