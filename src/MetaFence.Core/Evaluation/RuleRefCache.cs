using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// The <see cref="RuleRef"/>s an engine hands out, built once per (rule object, variant) and
/// shared by every verdict: DESIGN "compile each policy once", not per question.
/// </summary>
internal sealed class RuleRefCache
{
    private readonly ConcurrentDictionary<(object Owner, int Variant), RuleRef> _refs = new(ReferenceKeyComparer.Instance);

    public RuleRef Get<TState>(object owner, int variant, TState state, Func<TState, RuleRef> create) =>
        _refs.GetOrAdd((owner, variant), static (_, s) => s.Create(s.State), (Create: create, State: state));

    private sealed class ReferenceKeyComparer : IEqualityComparer<(object Owner, int Variant)>
    {
        public static readonly ReferenceKeyComparer Instance = new();

        public bool Equals((object Owner, int Variant) x, (object Owner, int Variant) y) =>
            ReferenceEquals(x.Owner, y.Owner) && x.Variant == y.Variant;

        public int GetHashCode((object Owner, int Variant) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Owner), obj.Variant);
    }
}
