using k8s.Models;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>An object's kind, name and (for namespaced kinds) namespace, read from its metadata.</summary>
internal sealed record ObjectIdentity(string Kind, string Name, string? Namespace)
{
    public ObjectRef Ref => new(Kind, Namespace, Name);

    /// <summary>The namespace of a namespaced object (always set for those).</summary>
    public string NamespaceName => Namespace ?? "";

    /// <summary>
    /// Reads the name (or <c>generateName</c>) and, when <paramref name="defaultNamespace"/> is
    /// given, the namespace defaulting to it; a missing name loses the object.
    /// </summary>
    public static ObjectIdentity? Read(string kind, V1ObjectMeta? metadata, string? defaultNamespace, ObjectSite site, DiagnosticList diagnostics)
    {
        var id = Of(kind, metadata?.Name, metadata?.GenerateName, metadata?.NamespaceProperty, defaultNamespace);
        if (id is null)
        {
            diagnostics.Error(site.At("metadata.name"), "the field is missing", $"the {kind}'s name");
        }

        return id;
    }

    /// <summary>The identity from the metadata fields; null when the object has no name.</summary>
    public static ObjectIdentity? Of(string kind, string? name, string? generateName, string? ns, string? defaultNamespace) =>
        (NonEmpty(name) ?? NonEmpty(generateName)) is { } found
            ? new ObjectIdentity(kind, found, defaultNamespace is null ? null : NonEmpty(ns) ?? defaultNamespace)
            : null;

    /// <summary>Labels as a set; a null value (<c>app:</c> with nothing after it) is the empty string.</summary>
    public static LabelSet Labels(IDictionary<string, string>? labels) =>
        labels is null ? LabelSet.Empty : LabelSet.Of(labels.Select(p => KeyValuePair.Create(p.Key, p.Value ?? "")));

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
