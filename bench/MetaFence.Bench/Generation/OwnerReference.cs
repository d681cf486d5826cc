using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes <c>metadata.ownerReferences</c> naming the controlling ReplicaSet or Deployment.</summary>
internal static class OwnerReference
{
    public static void Write(Utf8JsonWriter w, string kind, string name, string uid)
    {
        w.WriteStartArray("ownerReferences");
        w.WriteStartObject();
        w.WriteString("apiVersion", "apps/v1");
        w.WriteBoolean("blockOwnerDeletion", true);
        w.WriteBoolean("controller", true);
        w.WriteString("kind", kind);
        w.WriteString("name", name);
        w.WriteString("uid", uid);
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
