using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>A container's <c>env</c>: literal values and <c>valueFrom</c> references.</summary>
internal static partial class ContainerWriter
{
    private static void WriteEnv(Utf8JsonWriter w, IReadOnlyList<EnvShape> env, bool defaulted)
    {
        w.WriteStartArray("env");
        foreach (var e in env)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            if (e.Source == EnvSource.Value)
            {
                w.WriteString("value", e.Text);
            }
            else
            {
                WriteValueFrom(w, e, defaulted);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteValueFrom(Utf8JsonWriter w, EnvShape e, bool defaulted)
    {
        w.WriteStartObject("valueFrom");
        w.WriteStartObject(e.Source switch
        {
            EnvSource.Field => "fieldRef",
            EnvSource.Secret => "secretKeyRef",
            EnvSource.ConfigMap => "configMapKeyRef",
            _ => throw new System.Diagnostics.UnreachableException(),
        });
        if (e.Source == EnvSource.Field)
        {
            if (defaulted)
            {
                w.WriteString("apiVersion", "v1");
            }

            w.WriteString("fieldPath", e.Text);
        }
        else
        {
            w.WriteString("key", e.Key);
            w.WriteString("name", e.Text);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
