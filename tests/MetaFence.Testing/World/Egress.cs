using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>
/// NetworkPolicy egress rules; <see cref="World"/> numbers them by position. Add ports with
/// <see cref="RuleExtensions.On(EgressRule, string[])"/>.
/// </summary>
public static class Egress
{
    /// <summary><c>- {}</c>: no <c>to</c>, no <c>ports</c>: everything (rules 11, 30).</summary>
    public static EgressRule Anywhere => new(0, [], []);

    /// <summary><c>- to: [peers]</c>.</summary>
    public static EgressRule To(params NetworkPolicyPeer[] peers) => new(0, [.. peers], []);
}
