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

    public static LabelSet Of(IEnumerable<KeyValuePair<string, string>>? labels) =>
        labels is null ? Empty : new([.. labels
            .GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(p => p.Key, StringComparer.Ordinal)]);

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
