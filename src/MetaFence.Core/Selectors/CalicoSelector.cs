using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Selectors;

/// <summary>
/// A compiled Calico selector expression (SEMANTICS 53): the subset <c>all()</c>,
/// <c>k == 'v'</c>, <c>k != 'v'</c>, <c>has(k)</c>, <c>!expr</c>, <c>k in {..}</c>,
/// <c>k not in {..}</c>, <c>&amp;&amp;</c>, <c>||</c> and parentheses. Parse with
/// <see cref="CalicoSelectorParser.TryParse"/>; <see cref="Text"/> is the source as written.
/// </summary>
public abstract record CalicoSelector
{
    /// <summary><c>all()</c>: every endpoint (also what an absent selector means).</summary>
    public static readonly CalicoSelector All = new AllSelector();

    public string Text { get; init; } = "all()";

    public abstract bool Matches(LabelSet labels);

    public override string ToString() => Text;

    /// <summary><c>all()</c>.</summary>
    public sealed record AllSelector : CalicoSelector
    {
        public override bool Matches(LabelSet labels) => true;
    }

    /// <summary><c>has(k)</c>.</summary>
    public sealed record Has(string Key) : CalicoSelector
    {
        public override bool Matches(LabelSet labels) => labels.ContainsKey(Key);
    }

    /// <summary><c>k == 'v'</c>, <c>k in {'a','b'}</c> (and their negations through <see cref="Not"/>).</summary>
    public sealed record ValueIn(string Key, ImmutableArray<string> Values) : CalicoSelector
    {
        public override bool Matches(LabelSet labels) =>
            labels.TryGetValue(Key, out var value) && Values.Contains(value, StringComparer.Ordinal);
    }

    /// <summary><c>!expr</c>; <c>k != 'v'</c> is <c>!(k == 'v')</c>, true when the label is absent.</summary>
    public sealed record Not(CalicoSelector Inner) : CalicoSelector
    {
        public override bool Matches(LabelSet labels) => !Inner.Matches(labels);
    }

    /// <summary><c>a &amp;&amp; b</c>.</summary>
    public sealed record And(CalicoSelector Left, CalicoSelector Right) : CalicoSelector
    {
        public override bool Matches(LabelSet labels) => Left.Matches(labels) && Right.Matches(labels);
    }

    /// <summary><c>a || b</c>.</summary>
    public sealed record Or(CalicoSelector Left, CalicoSelector Right) : CalicoSelector
    {
        public override bool Matches(LabelSet labels) => Left.Matches(labels) || Right.Matches(labels);
    }
}
