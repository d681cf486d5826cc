using System.Collections.Immutable;
using System.Text.Json;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads typed fields of an export object, turning a wrong JSON type into a diagnostic (and an
/// absent value) instead of an exception.
/// </summary>
internal sealed class JsonFields(ExportProblems problems)
{
    public ExportProblems Problems { get; } = problems;

    /// <summary>The property, or null when absent or JSON null.</summary>
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public string? String(JsonElement obj, string path, string name, bool required = false)
    {
        var value = Get(obj, name);
        var at = Paths.Property(path, name);
        if (value is null)
        {
            if (required)
            {
                Problems.Error(at, "missing", "a string");
            }

            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.String)
        {
            return value.Value.GetString();
        }

        Problems.Error(at, $"a {Kind(value.Value)}", "a string");
        return null;
    }

    public int? Integer(JsonElement obj, string path, string name)
    {
        var value = Get(obj, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt32(out var number))
        {
            return number;
        }

        Problems.Error(Paths.Property(path, name), $"a {Kind(value.Value)} ({Raw(value.Value)})", "an integer");
        return null;
    }

    public bool? Boolean(JsonElement obj, string path, string name)
    {
        var value = Get(obj, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Value.GetBoolean();
        }

        Problems.Error(Paths.Property(path, name), $"a {Kind(value.Value)}", "true or false");
        return null;
    }

    /// <summary>An object field, or null (with an error when present with another type).</summary>
    public JsonElement? Object(JsonElement obj, string path, string name)
    {
        var value = Get(obj, name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        Problems.Error(Paths.Property(path, name), $"a {Kind(value.Value)}", "an object");
        return null;
    }

    /// <summary>The items of an array field with their paths; empty (with an error when present with another type).</summary>
    public IEnumerable<(JsonElement Item, string Path)> Items(JsonElement obj, string path, string name)
    {
        var value = Get(obj, name);
        var at = Paths.Property(path, name);
        if (value is null)
        {
            return [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Problems.Error(at, $"a {Kind(value.Value)}", "an array");
            return [];
        }

        return value.Value.EnumerateArray().Select((item, i) => (item, Paths.Index(at, i))).ToList();
    }

    /// <summary>A string or an array of strings (policy elements allow both); null when the value is neither.</summary>
    public ImmutableArray<string>? StringOrArray(JsonElement value, string path, string expected)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString() ?? ""];
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
        {
            return [.. value.EnumerateArray().Select(v => v.GetString() ?? "")];
        }

        Problems.Error(path, $"a {Kind(value)}", expected);
        return null;
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "value",
    };

    private static string Raw(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
