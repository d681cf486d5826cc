using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>
/// One object a style writes, described without any API model (STYLE §2): renderers turn it
/// into YAML. <see cref="Comments"/> are the lines written above it, saying what it does and why.
/// </summary>
public abstract record PlannedObject
{
    public required FenceStyle Style { get; init; }

    public required string Name { get; init; }

    /// <summary>The object's namespace; null for cluster-scoped objects.</summary>
    public string? Namespace { get; init; }

    public ImmutableArray<string> Comments { get; init; } = [];
}
