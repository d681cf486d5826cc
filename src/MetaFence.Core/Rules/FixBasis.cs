namespace MetaFence.Core.Rules;

/// <summary>
/// What a credential-endpoint fix must overcome (<see cref="FixPlanner.BasisFor"/>): nothing but
/// Kubernetes' default allow (a fence will do), or rules that allow the metadata addresses, named
/// in <see cref="AllowingRules"/>, with the admin priority that runs before them.
/// </summary>
public sealed record FixBasis(string? AllowingRules, int Priority)
{
    /// <summary>The comment that heads an admin-tier deny, naming the allowing rules; null for a fence.</summary>
    public string? DenyHeader { get; } = AllowingRules is null ? null
        : "# These rules allow the metadata addresses; narrow them, or apply this admin-tier deny, which\n"
            + $"# runs before them (needs a network plugin that implements ClusterNetworkPolicy v1alpha2):\n{AllowingRules}\n";

    public static readonly FixBasis Fence = new(null, 0);
}
