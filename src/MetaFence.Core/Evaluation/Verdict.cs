using System.Collections.Immutable;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// The answer to "may this subject send to this destination?", with the rules that decided,
/// the steps passed on the way (<see cref="Trail"/>: Pass rules, tiers consulted) and
/// implementation-defined caveats (<see cref="Notes"/>, each naming its SEMANTICS rule).
/// <see cref="Unknown"/> is not empty when the verdict depends on a resource the source could
/// not read: <see cref="Allowed"/> is then only what the readable objects say
/// (docs/decisions/0004-unknown-verdicts.md).
/// </summary>
public sealed record Verdict(bool Allowed, Decision Decision, ImmutableArray<RuleRef> DecidedBy)
{
    public ImmutableArray<RuleRef> Trail { get; init; } = [];

    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Why the verdict is unknown (<c>networkpolicies in shop could not be read</c>); empty when certain.</summary>
    public ImmutableArray<string> Unknown { get; init; } = [];

    public bool IsUnknown => !Unknown.IsEmpty;
}
