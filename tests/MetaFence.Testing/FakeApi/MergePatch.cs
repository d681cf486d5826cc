using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>JSON merge patch, RFC 7386: objects merge, null removes, everything else replaces.</summary>
internal static class MergePatch
{
    public static JsonObject Apply(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject)
            {
                target[key] = Apply(target[key] as JsonObject ?? new JsonObject(), patchObject);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }

        return target;
    }
}
