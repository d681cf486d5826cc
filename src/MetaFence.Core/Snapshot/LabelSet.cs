using System.Collections.Immutable;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// An immutable label map with value equality, so identical pods share one verdict
/// (DESIGN "evaluate once per distinct label set").
/// </summary>
public sealed class LabelSet : IEquatable<LabelSet>
{
    public static readonly LabelSet Empty = new([]);

    private readonly int _hash;

    private LabelSet(ImmutableArray<KeyValuePair<string, string>> sorted)
    {
        Pairs = sorted;
        var hash = new HashCode();
        foreach (var (k, v) in sorted)
        {
            hash.Add(k, StringComparer.Ordinal);
            hash.Add(v, StringComparer.Ordinal);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The labels sorted by key (ordinal).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Pairs { get; }

    public int Count => Pairs.Length;

    /// <summary>The set of <paramref name="labels"/>; of a key given twice the last value counts.</summary>
    public static LabelSet Of(IEnumerable<KeyValuePair<string, string>>? labels)
    {
        if (labels is null)
        {
            return Empty;
        }

        // Built for every distinct pod label list of a cluster: a stable sort (insertion sort for
        // the usual short lists, an index-ordered sort for long ones) and one pass that keeps the
        // last of equal keys, instead of GroupBy and OrderBy.
        var pairs = labels.ToArray();
        if (pairs.Length > 16)
        {
            var order = new (KeyValuePair<string, string> Pair, int Index)[pairs.Length];
            for (var i = 0; i < pairs.Length; i++)
            {
                order[i] = (pairs[i], i);
            }

            Array.Sort(order, static (a, b) => string.CompareOrdinal(a.Pair.Key, b.Pair.Key) is var c and not 0 ? c : a.Index.CompareTo(b.Index));
            for (var i = 0; i < pairs.Length; i++)
            {
                pairs[i] = order[i].Pair;
            }
        }
        else
        {
            for (var i = 1; i < pairs.Length; i++)
            {
                var item = pairs[i];
                var j = i - 1;
                for (; j >= 0 && string.CompareOrdinal(pairs[j].Key, item.Key) > 0; j--)
                {
                    pairs[j + 1] = pairs[j];
                }

                pairs[j + 1] = item;
            }
        }

        var kept = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i + 1 < pairs.Length && pairs[i + 1].Key == pairs[i].Key)
            {
                continue; // a later value of the same key follows
            }

            pairs[kept++] = pairs[i];
        }

        return pairs.Length == 0 ? Empty : new([.. pairs.AsSpan(0, kept)]);
    }

    public static LabelSet Of(params (string Key, string Value)[] labels) =>
        Of(labels.Select(l => KeyValuePair.Create(l.Key, l.Value)));

    /// <summary>Binary search over the sorted pairs: label sets are small and built by the hundred thousand.</summary>
    public bool TryGetValue(string key, out string value)
    {
        int lo = 0, hi = Pairs.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = string.CompareOrdinal(Pairs[mid].Key, key);
            if (cmp == 0)
            {
                value = Pairs[mid].Value;
                return true;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        value = string.Empty;
        return false;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public LabelSet With(string key, string value) =>
        Of(Pairs.Where(p => p.Key != key).Append(KeyValuePair.Create(key, value)));

    public bool Equals(LabelSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && Pairs.SequenceEqual(other.Pairs)));

    public override bool Equals(object? obj) => Equals(obj as LabelSet);

    public override int GetHashCode() => _hash;

    public override string ToString() => string.Join(",", Pairs.Select(p => $"{p.Key}={p.Value}"));
}
