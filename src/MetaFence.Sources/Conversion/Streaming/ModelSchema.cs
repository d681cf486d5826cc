using System.Diagnostics;
using k8s.Models;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// Builds the schema of a client model from its CLR types, the way <see cref="ModelReader"/>'s
/// serializer sees them, with the captured values placed at their paths: <c>metadata.name</c>,
/// <c>spec.containers[].ports[]</c> (a list element), <c>metadata.labels{}</c> (a map value).
/// Subtrees without captures are shared between the places a type appears.
/// </summary>
internal sealed class ModelSchema
{
    private readonly IReadOnlyDictionary<string, CapturedField> _captures;
    private readonly HashSet<string> _unplaced;
    private readonly Dictionary<Type, SchemaNode> _shared = [];

    private ModelSchema(IReadOnlyDictionary<string, CapturedField> captures)
    {
        _captures = captures;
        _unplaced = [.. captures.Keys];
    }

    /// <summary>The schema of <paramref name="model"/>; every capture path must name a field of it.</summary>
    public static SchemaNode Build(Type model, IReadOnlyDictionary<string, CapturedField> captures)
    {
        var builder = new ModelSchema(captures);
        var root = builder.Node(model, "");
        return builder._unplaced.Count == 0
            ? root
            : throw new UnreachableException($"{model.Name} has no field {string.Join(", ", builder._unplaced)}");
    }

    private SchemaNode Node(Type type, string path)
    {
        var field = _captures.GetValueOrDefault(path);
        _unplaced.Remove(path);
        var tracked = field != CapturedField.None || _captures.Keys.Any(k => IsBelow(k, path));
        if (!tracked && _shared.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        var clr = underlying ?? type;
        var node = new SchemaNode(KindOf(clr), underlying is not null || !type.IsValueType, field, tracked);
        if (!tracked)
        {
            _shared[type] = node;
        }

        switch (node.Kind)
        {
            case SchemaKind.Map when ModelTypes.ElementType(clr, map: true) is { } value:
                node.Element = Node(value, path + "{}");
                break;
            case SchemaKind.List when ModelTypes.ElementType(clr, map: false) is { } element:
                node.Element = Node(element, path + "[]");
                break;
            case SchemaKind.Object:
                node.Properties = new PropertyTable(ModelTypes.Properties(clr)
                    .Select(p => (p.Name, Node(p.Type, path.Length == 0 ? p.Name : path + "." + p.Name))));
                break;
        }

        return node;
    }

    private static bool IsBelow(string capture, string path) =>
        path.Length == 0 || (capture.Length > path.Length && capture.StartsWith(path, StringComparison.Ordinal) && capture[path.Length] is '.' or '[' or '{');

    private static SchemaKind KindOf(Type type) => type switch
    {
        _ when type == typeof(string) => SchemaKind.String,
        _ when type == typeof(bool) => SchemaKind.Boolean,
        _ when type == typeof(int) => SchemaKind.Int32,
        _ when type == typeof(long) => SchemaKind.Int64,
        _ when type == typeof(DateTime) => SchemaKind.Time,
        _ when type == typeof(IntOrString) => SchemaKind.IntOrString,
        _ when type == typeof(ResourceQuantity) => SchemaKind.Quantity,
        _ when type == typeof(object) => SchemaKind.Any,
        _ when ModelTypes.ElementType(type, map: true) is not null => SchemaKind.Map,
        _ when ModelTypes.ElementType(type, map: false) is not null => SchemaKind.List,
        _ when type.IsClass && type.Namespace == typeof(V1Pod).Namespace => SchemaKind.Object,
        _ => SchemaKind.Unsupported,
    };
}
