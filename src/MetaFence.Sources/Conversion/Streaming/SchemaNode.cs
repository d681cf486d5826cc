using System.Diagnostics;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// One field's schema in a model's tree, as <see cref="ModelSchema"/> builds it: its kind, whether
/// JSON null is accepted, its children, and the value the streamed reader captures there, if any.
/// </summary>
internal sealed class SchemaNode(SchemaKind kind, bool isNullable, CapturedField field, bool isTracked)
{
    private SchemaNode? _element;
    private PropertyTable? _properties;

    public SchemaKind Kind { get; } = kind;

    public bool IsNullable { get; } = isNullable;

    public CapturedField Field { get; } = field;

    /// <summary>
    /// True on the path to a captured value. The client keeps the last of two copies of a field,
    /// so a second copy of a tracked field is unexpected (and read through the models).
    /// </summary>
    public bool IsTracked { get; } = isTracked;

    /// <summary>The element schema of a list, the value schema of a map.</summary>
    public SchemaNode Element
    {
        get => _element ?? throw new UnreachableException($"a {Kind} schema has no element");
        set => _element = value;
    }

    /// <summary>The fields of an object.</summary>
    public PropertyTable Properties
    {
        get => _properties ?? throw new UnreachableException($"a {Kind} schema has no fields");
        set => _properties = value;
    }
}
