using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>metadata.generation: what the spec (everything but metadata and status) has been through.</summary>
internal static class ObjectGeneration
{
    /// <summary>1 at creation; +1 when anything but metadata and status changes (as for built-in types and CRDs).</summary>
    public static long Next(JsonObject? existing, JsonObject stored)
    {
        if (existing is null)
        {
            return 1;
        }

        var before = existing["metadata"]?["generation"]?.GetValue<long>() ?? 1;
        return Body(existing).ToJsonString() == Body(stored).ToJsonString() ? before : before + 1;
    }

    private static JsonObject Body(JsonObject value)
    {
        var copy = (JsonObject)value.DeepClone();
        copy.Remove("metadata");
        copy.Remove("status");
        return copy;
    }
}
