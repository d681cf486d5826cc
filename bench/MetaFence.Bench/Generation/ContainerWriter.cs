using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes one container; keys sorted as kubectl prints them.</summary>
internal static partial class ContainerWriter
{
    public const string ServiceAccountMount = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static void Write(Utf8JsonWriter w, ContainerShape c, SpecMode mode, string apiAccessVolume)
    {
        var defaulted = mode != SpecMode.Applied;
        w.WriteStartObject();
        w.StringArray("args", c.Args);
        if (c.Env.Count > 0)
        {
            WriteEnv(w, c.Env, defaulted);
        }

        w.WriteString("image", c.Image);
        if (defaulted)
        {
            w.WriteString("imagePullPolicy", "IfNotPresent");
        }

        if (c.ProbePort > 0)
        {
            WriteProbe(w, "livenessProbe", "/healthz", c.ProbePort, defaulted);
        }

        w.WriteString("name", c.Name);
        WritePorts(w, c.Ports);
        if (c.ProbePort > 0)
        {
            WriteProbe(w, "readinessProbe", "/ready", c.ProbePort, defaulted);
        }

        w.WriteStartObject("resources");
        WriteQuantities(w, "limits", c.Limits);
        WriteQuantities(w, "requests", c.Requests);
        w.WriteEndObject();
        if (c.Hardened)
        {
            WriteSecurityContext(w);
        }

        if (defaulted)
        {
            w.WriteString("terminationMessagePath", "/dev/termination-log");
            w.WriteString("terminationMessagePolicy", "File");
        }

        WriteMounts(w, c.Mounts, mode == SpecMode.Pod ? apiAccessVolume : null);
        w.WriteEndObject();
    }

    private static void WritePorts(Utf8JsonWriter w, IReadOnlyList<PortShape> ports)
    {
        w.WriteStartArray("ports");
        foreach (var port in ports)
        {
            w.WriteStartObject();
            w.WriteNumber("containerPort", port.Number);
            w.WriteString("name", port.Name);
            w.WriteString("protocol", port.Protocol);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteProbe(Utf8JsonWriter w, string name, string path, int port, bool defaulted)
    {
        w.WriteStartObject(name);
        if (defaulted)
        {
            w.WriteNumber("failureThreshold", 3);
        }

        w.WriteStartObject("httpGet");
        w.WriteString("path", path);
        w.WriteNumber("port", port);
        if (defaulted)
        {
            w.WriteString("scheme", "HTTP");
        }

        w.WriteEndObject();
        w.WriteNumber("initialDelaySeconds", 10);
        w.WriteNumber("periodSeconds", 10);
        if (defaulted)
        {
            w.WriteNumber("successThreshold", 1);
            w.WriteNumber("timeoutSeconds", 1);
        }

        w.WriteEndObject();
    }

    private static void WriteQuantities(Utf8JsonWriter w, string name, (string Cpu, string Memory) quantities)
    {
        w.WriteStartObject(name);
        if (quantities.Cpu.Length > 0)
        {
            w.WriteString("cpu", quantities.Cpu);
        }

        w.WriteString("memory", quantities.Memory);
        w.WriteEndObject();
    }

    private static void WriteSecurityContext(Utf8JsonWriter w)
    {
        w.WriteStartObject("securityContext");
        w.WriteBoolean("allowPrivilegeEscalation", false);
        w.WriteStartObject("capabilities");
        w.StringArray("drop", ["ALL"]);
        w.WriteEndObject();
        w.WriteBoolean("readOnlyRootFilesystem", true);
        w.WriteBoolean("runAsNonRoot", true);
        w.WriteNumber("runAsUser", 10001);
        w.WriteEndObject();
    }

    private static void WriteMounts(Utf8JsonWriter w, IReadOnlyList<MountShape> mounts, string? apiAccessVolume)
    {
        w.WriteStartArray("volumeMounts");
        foreach (var mount in mounts)
        {
            WriteMount(w, mount);
        }

        if (apiAccessVolume is not null)
        {
            WriteMount(w, new MountShape(apiAccessVolume, ServiceAccountMount, true));
        }

        w.WriteEndArray();
    }

    private static void WriteMount(Utf8JsonWriter w, MountShape mount)
    {
        w.WriteStartObject();
        w.WriteString("mountPath", mount.Path);
        w.WriteString("name", mount.Name);
        if (mount.ReadOnly)
        {
            w.WriteBoolean("readOnly", true);
        }

        w.WriteEndObject();
    }
}
