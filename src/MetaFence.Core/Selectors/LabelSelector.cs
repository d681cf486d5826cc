using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Selectors;

/// <summary>A compiled label selector: requirements ANDed; none matches everything (rule 17).</summary>
public sealed record LabelSelector(ImmutableArray<Requirement> Requirements)
{
    /// <summary>The empty selector <c>{}</c>: selects everything.</summary>
    public static readonly LabelSelector Everything = new([]);

    public bool IsEverything => Requirements.IsEmpty;

    public bool Matches(LabelSet labels)
    {
        foreach (var requirement in Requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    public static LabelSelector FromLabels(IEnumerable<KeyValuePair<string, string>> matchLabels) =>
        new([.. matchLabels.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new Requirement(p.Key, SelectorOperator.In, [p.Value]))]);

    public bool Equals(LabelSelector? other) =>
        other is not null && Requirements.SequenceEqual(other.Requirements, RequirementComparer.Instance);

    public override int GetHashCode() => Requirements.Length;

    public override string ToString() => IsEverything ? "{}" : string.Join(",", Requirements);

    private sealed class RequirementComparer : IEqualityComparer<Requirement>
    {
        public static readonly RequirementComparer Instance = new();

        public bool Equals(Requirement? x, Requirement? y) =>
            x is not null && y is not null && x.Key == y.Key && x.Operator == y.Operator && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(Requirement obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
