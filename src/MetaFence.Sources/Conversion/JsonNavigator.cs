using System.Text.Json;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>Finds the value at a field path inside a JSON element.</summary>
internal static class JsonNavigator
{
    public static bool TryGet(JsonElement root, string path, out JsonElement value)
    {
        value = root;
        foreach (var segment in FieldPath.Parse(path))
        {
            if (segment.Name is { } name && value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var child))
            {
                value = child;
            }
            else if (segment.IsIndex && value.ValueKind == JsonValueKind.Array && segment.Index >= 0 && segment.Index < value.GetArrayLength())
            {
                value = value[segment.Index];
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
