using System.Runtime.CompilerServices;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// One <see cref="LabelSet"/> per distinct label list (the pods of a workload share theirs), found
/// by the identity of pooled strings so that a repeated set costs no allocation.
/// </summary>
internal sealed class LabelSetPool
{
    private readonly Dictionary<int, List<(KeyValuePair<string, string>[] Pairs, LabelSet Set)>> _sets = [];

    /// <summary>The set of <paramref name="pairs"/>, whose strings all come from one <see cref="StringPool"/>.</summary>
    public LabelSet Get(List<KeyValuePair<string, string>> pairs)
    {
        if (pairs.Count == 0)
        {
            return LabelSet.Empty;
        }

        var hash = 0;
        foreach (var (key, value) in pairs)
        {
            hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(key), RuntimeHelpers.GetHashCode(value));
        }

        if (!_sets.TryGetValue(hash, out var bucket))
        {
            _sets[hash] = bucket = [];
        }

        foreach (var (known, set) in bucket)
        {
            if (IsSame(known, pairs))
            {
                return set;
            }
        }

        var copy = pairs.ToArray();
        var created = LabelSet.Of(copy);
        bucket.Add((copy, created));
        return created;
    }

    private static bool IsSame(KeyValuePair<string, string>[] known, List<KeyValuePair<string, string>> pairs)
    {
        if (known.Length != pairs.Count)
        {
            return false;
        }

        for (var i = 0; i < known.Length; i++)
        {
            if (!ReferenceEquals(known[i].Key, pairs[i].Key) || !ReferenceEquals(known[i].Value, pairs[i].Value))
            {
                return false;
            }
        }

        return true;
    }
}
