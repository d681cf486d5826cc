using System.Collections.Immutable;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// The answer to "may this subject send to this destination?", with the rules that decided,
/// the steps passed on the way (<see cref="Trail"/>: Pass rules, tiers consulted) and
/// implementation-defined caveats (<see cref="Notes"/>, each naming its SEMANTICS rule).
/// </summary>
public sealed record Verdict(bool Allowed, Decision Decision, ImmutableArray<RuleRef> DecidedBy)
{
    public ImmutableArray<RuleRef> Trail { get; init; } = [];

    public ImmutableArray<string> Notes { get; init; } = [];
}
