namespace MetaFence.Core.Plans;

/// <summary>
/// A Calico <c>Tier</c>: its policies run before every tier of higher <see cref="Order"/> (rule 53).
/// The default action is left unset (Deny), so a policy of the tier must end in a verdict for all traffic.
/// </summary>
public sealed record CalicoTierPlan : PlannedObject
{
    public required int Order { get; init; }
}
