namespace MetaFence.Core.Snapshot;

/// <summary>A Kubernetes object by kind, namespace (null when cluster-scoped) and name.</summary>
public sealed record ObjectRef(string Kind, string? Namespace, string Name)
{
    public override string ToString() => Namespace is null ? $"{Kind}/{Name}" : $"{Kind} {Namespace}/{Name}";
}
