namespace MetaFence.Core.Snapshot;

/// <summary>
/// A Calico <c>Tier</c> (SEMANTICS 53): tiers run by ascending <see cref="Order"/> (null = last,
/// ties by name); a tier that has a policy for the pod but reaches no verdict applies
/// <see cref="DefaultAction"/> (Deny or Pass).
/// </summary>
public sealed record CalicoTierInfo(string Name, double? Order, CalicoAction DefaultAction = CalicoAction.Deny)
{
    public const string DefaultTier = "default";

    /// <summary>Calico's built-in <c>default</c> tier (order 1,000,000; K8s NetworkPolicies live here, rule 54).</summary>
    public static readonly CalicoTierInfo Default = new(DefaultTier, 1_000_000);

    /// <summary>Where Calico runs AdminNetworkPolicies (rule 54): order 1000, default Pass.</summary>
    public static readonly CalicoTierInfo AdminNetworkPolicy = new("adminnetworkpolicy", 1_000, CalicoAction.Pass);

    /// <summary>Where Calico runs the BaselineAdminNetworkPolicy (rule 54): order 10,000,000, default Pass.</summary>
    public static readonly CalicoTierInfo BaselineAdminNetworkPolicy = new("baselineadminnetworkpolicy", 10_000_000, CalicoAction.Pass);

    /// <summary>The order K8s NetworkPolicies get inside the default tier (rule 54).</summary>
    public const double KubernetesPolicyOrder = 1000;

    public SourceLocation? Location { get; init; }
}
