using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>A question and the decision and deciding rule expected for it; <see cref="Policy"/> null = no rule.</summary>
public sealed record DecidedByCase(string Source, World World, string From, string To, Decision Decision, string? Policy, int? Rule)
{
    public override string ToString() => $"{From} -> {To}: {Decision} by {Policy ?? "nothing"}#{Rule} [{Source}]";
}
