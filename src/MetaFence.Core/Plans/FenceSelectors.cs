using System.Collections.Immutable;
using System.Diagnostics;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// Pod selectors whose union is "every pod of the namespace except those an <c>--allow</c>
/// matches". NetworkPolicies only add allowances (SEMANTICS 7), so kept workloads are left
/// unselected. A selector ANDs its requirements, so NOT(a AND b) takes two selectors (NOT a, NOT b):
/// one per combination of negated requirements, each with the same rules.
/// </summary>
internal static class FenceSelectors
{
    /// <summary>More combinations than this is a sign the --allow selectors should be simplified.</summary>
    public const int Limit = 16;

    public static ImmutableArray<LabelSelector> For(IEnumerable<AllowedWorkload> allows)
    {
        IEnumerable<ImmutableArray<Requirement>> combinations = [[]];
        foreach (var allow in allows)
        {
            var current = combinations.ToList();
            combinations = current.SelectMany(c => allow.Selector.Requirements.Select(r => c.Add(Negate(r))));
        }

        return [.. combinations
            .Select(c => new LabelSelector([.. c.DistinctBy(r => r.ToString(), StringComparer.Ordinal)
                .OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Operator)]))
            .DistinctBy(s => s.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>How many selectors <see cref="For"/> returns, without building them.</summary>
    public static long Count(IEnumerable<AllowedWorkload> allows) =>
        allows.Aggregate(1L, (n, a) => Math.Min(n * Math.Max(1, a.Selector.Requirements.Length), Limit + 1L));

    /// <summary>SEMANTICS 18: NotIn matches an absent key, so it is the exact complement of In.</summary>
    public static Requirement Negate(Requirement requirement) => requirement.Operator switch
    {
        SelectorOperator.In => requirement with { Operator = SelectorOperator.NotIn },
        SelectorOperator.NotIn => requirement with { Operator = SelectorOperator.In },
        SelectorOperator.Exists => requirement with { Operator = SelectorOperator.DoesNotExist },
        SelectorOperator.DoesNotExist => requirement with { Operator = SelectorOperator.Exists },
        _ => throw new UnreachableException(),
    };
}
