namespace MetaFence.Core.Snapshot;

/// <summary>
/// A namespace and its labels. <paramref name="Implied"/> is true when no Namespace object was
/// given: it then carries only <c>kubernetes.io/metadata.name</c> (SEMANTICS rule 16 and the
/// choice for it).
/// </summary>
public sealed record NamespaceInfo(string Name, LabelSet Labels, bool Implied = false)
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    /// <summary>A namespace with the control plane's name label added (rule 16).</summary>
    public static NamespaceInfo Create(string name, LabelSet? labels = null, bool implied = false) =>
        new(name, (labels ?? LabelSet.Empty).With(NameLabel, name), implied);
}
