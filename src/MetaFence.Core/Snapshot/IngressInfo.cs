using System.Collections.Immutable;

namespace MetaFence.Core.Snapshot;

/// <summary>An Ingress, kept as an exposure hint for <c>trace</c>: the Services its rules and default backend name.</summary>
public sealed record IngressInfo(string Namespace, string Name, ImmutableArray<string> BackendServices)
{
    public SourceLocation? Location { get; init; }

    public override string ToString() => $"Ingress {Namespace}/{Name}";
}
