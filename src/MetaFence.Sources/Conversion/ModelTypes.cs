using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>The CLR type a model expects at a field path, found through its JSON property names.</summary>
internal static class ModelTypes
{
    public static Type? TypeAt(Type root, string path)
    {
        Type? current = root;
        foreach (var segment in FieldPath.Parse(path))
        {
            current = current is null ? null : Step(Nullable.GetUnderlyingType(current) ?? current, segment);
        }

        return current;
    }

    /// <summary>The element type of a list, the value type of a map, or null for neither.</summary>
    public static Type? ElementType(Type type, bool map)
    {
        var definition = map ? typeof(IDictionary<,>) : typeof(IEnumerable<>);
        var match = type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
        return type == typeof(string) || match is null ? null : match.GetGenericArguments()[^1];
    }

    private static Type? Step(Type type, PathSegment segment)
    {
        if (segment.IsIndex)
        {
            return ElementType(type, map: false);
        }

        if (ElementType(type, map: true) is { } valueType)
        {
            return valueType;
        }

        return Properties(type).FirstOrDefault(p => p.Name == segment.Name).Type;
    }

    /// <summary>
    /// Fields no conversion reads, treated as unknown fields (skipped, not type-checked) by the
    /// models and the streaming reader alike: <c>managedFields</c> and <c>annotations</c> (with
    /// kubectl's last-applied copy of the object) are a third of a pod in a <c>kubectl get -o json</c> dump.
    /// </summary>
    public static bool IsUnread(Type type, string jsonName) =>
        type == typeof(k8s.Models.V1ObjectMeta) && jsonName is "managedFields" or "annotations";

    /// <summary>A model's properties by the names the client's JSON contract gives them, without the unread ones.</summary>
    public static IEnumerable<(string Name, Type Type)> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Name: JsonName(p), Type: p.PropertyType))
            .Where(p => !IsUnread(type, p.Name));

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
