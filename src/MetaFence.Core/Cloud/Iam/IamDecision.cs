using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// The answer to "may this role call this action on this resource?": allowed when an Allow
/// matches and no unconditional Deny does (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html:
/// "An explicit deny in any of the policies overrides the allow"). Conditions are not evaluated:
/// a conditional Allow still allows and a conditional Deny does not deny, both flagged
/// <see cref="Conditional"/>, so the answer is the attacker's best case.
/// </summary>
public sealed record IamDecision
{
    public required bool Allowed { get; init; }

    /// <summary>An unconditional Deny matched (the request is explicitly denied).</summary>
    public bool ExplicitlyDenied { get; init; }

    /// <summary>A matching statement has a condition, so the real answer depends on the request context.</summary>
    public bool Conditional { get; init; }

    public ImmutableArray<string> AllowedBy { get; init; } = [];

    public ImmutableArray<string> DeniedBy { get; init; } = [];
}
