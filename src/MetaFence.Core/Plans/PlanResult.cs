using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>A plan, or the problems that keep the request from being planned (never both).</summary>
public sealed record PlanResult(FencePlan? Plan, ImmutableArray<PlanProblem> Problems);
