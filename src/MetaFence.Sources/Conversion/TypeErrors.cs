using System.Globalization;
using System.Text.Json;
using k8s.Models;
using MetaFence.Core.Findings;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Words a value of the wrong type: <c>spec.replicas: "three" is not an integer; expected a whole
/// number</c>. The expected type comes from the model, the value from the document.
/// </summary>
internal static class TypeErrors
{
    public static Diagnostic Describe(Type model, JsonElement root, string path, ObjectSite site)
    {
        var type = ModelTypes.TypeAt(model, path);
        var found = JsonNavigator.TryGet(root, path, out var value);
        var (problem, expected) = type is null || !found
            ? ("the value cannot be read", "a value of the type the field takes")
            : Phrase(Nullable.GetUnderlyingType(type) ?? type, value);
        return new Diagnostic(DiagnosticSeverity.Error, site.At(path), problem, expected);
    }

    private static (string Problem, string Expected) Phrase(Type type, JsonElement value)
    {
        var shown = ValueText.Describe(value);
        if (type == typeof(int) || type == typeof(long))
        {
            return Integer(type, value, shown);
        }

        if (type == typeof(string))
        {
            return ($"{shown} is not a string", value.ValueKind switch
            {
                JsonValueKind.Number => $"a string (put it in quotes: \"{value.GetRawText()}\")",

                // The YAML read yes, no, on, off, y or n as well as true or false (YamlScalars): the text is gone.
                JsonValueKind.True or JsonValueKind.False => "a string (put the value in quotes: kubectl and Helm read unquoted "
                    + "true, false, yes, no, on, off, y and n as booleans)",
                _ => "a string",
            });
        }

        return type switch
        {
            _ when type == typeof(bool) => ($"{shown} is not a boolean", "true or false"),
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => ($"{shown} is not a number", "a number"),
            _ when type == typeof(IntOrString) => ($"{shown} is not a number or a name", "a whole number or a name, e.g. 8080 or http"),
            _ when type == typeof(ResourceQuantity) => ($"{shown} is not a quantity", "a quantity, e.g. 500m or 2Gi"),
            _ when type == typeof(DateTime) => ($"{shown} is not a time", "an RFC 3339 time, e.g. 2024-01-31T12:00:00Z"),
            _ when ModelTypes.ElementType(type, map: true) == typeof(string) => ($"{shown} is not a map", "a map of string keys to string values, e.g. app: web"),
            _ when ModelTypes.ElementType(type, map: true) is not null => ($"{shown} is not a map", "a map of keys to values"),
            _ when ModelTypes.ElementType(type, map: false) is not null => ($"{shown} is not a list", "a list (items starting with -)"),
            _ when type.IsEnum => ($"{shown} is not a valid value", string.Join(", ", Enum.GetNames(type))),
            _ => ($"{shown} is not a map", "a map of fields"),
        };
    }

    private static (string Problem, string Expected) Integer(Type type, JsonElement value, string shown)
    {
        var (min, max) = type == typeof(int) ? ((decimal)int.MinValue, (decimal)int.MaxValue) : (long.MinValue, long.MaxValue);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number))
        {
            return number >= min && number <= max
                ? ($"{shown} is not an integer", "a whole number written without a fraction or exponent")
                : ($"{shown} is out of range", string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));
        }

        var quoted = value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        return ($"{shown} is not an integer", quoted ? "a whole number without quotes" : "a whole number");
    }
}
