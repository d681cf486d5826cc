using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Selectors;

/// <summary>One selector requirement; <c>matchLabels</c> entries become <c>In</c> with one value.</summary>
public sealed record Requirement(string Key, SelectorOperator Operator, ImmutableArray<string> Values)
{
    /// <summary>SEMANTICS rule 18: exact, case-sensitive; NotIn matches an absent key.</summary>
    public bool Matches(LabelSet labels) => Operator switch
    {
        SelectorOperator.In => labels.TryGetValue(Key, out var v) && Values.Contains(v, StringComparer.Ordinal),
        SelectorOperator.NotIn => !labels.TryGetValue(Key, out var v) || !Values.Contains(v, StringComparer.Ordinal),
        SelectorOperator.Exists => labels.ContainsKey(Key),
        SelectorOperator.DoesNotExist => !labels.ContainsKey(Key),
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    public override string ToString() => Operator switch
    {
        SelectorOperator.In when Values.Length == 1 => $"{Key}={Values[0]}",
        SelectorOperator.In => $"{Key} in ({string.Join(",", Values)})",
        SelectorOperator.NotIn => $"{Key} notin ({string.Join(",", Values)})",
        SelectorOperator.Exists => Key,
        SelectorOperator.DoesNotExist => $"!{Key}",
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
