using System.Collections.Immutable;

namespace MetaFence.Core.Net;

/// <summary>
/// An immutable set of IPv4 and IPv6 addresses: sorted, disjoint, merged ranges.
/// Set algebra returns new values.
/// </summary>
public sealed class IpSet : IEquatable<IpSet>
{
    public static readonly IpSet Empty = new([]);

    /// <summary>Every IPv4 and every IPv6 address.</summary>
    public static readonly IpSet All = new([
        new IpRange(IpFamily.V4, 0, uint.MaxValue),
        new IpRange(IpFamily.V6, 0, UInt128.MaxValue),
    ]);

    private IpSet(ImmutableArray<IpRange> ranges) => Ranges = ranges;

    /// <summary>Sorted by family then start; never overlapping or adjacent.</summary>
    public ImmutableArray<IpRange> Ranges { get; }

    public bool IsEmpty => Ranges.IsEmpty;

    public static IpSet Of(IEnumerable<IpRange> ranges) => new(Normalize(ranges));

    public static IpSet Of(Cidr cidr) => new([cidr.Range]);

    public static IpSet Of(IpAddress address) => new([new IpRange(address.Family, address.Value, address.Value)]);

    public bool Contains(IpAddress address)
    {
        int lo = 0, hi = Ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var r = Ranges[mid];
            var cmp = Compare(r.Family, r.Start, address.Family, address.Value);
            if (cmp > 0)
            {
                hi = mid - 1;
            }
            else if (r.Contains(address))
            {
                return true;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return false;
    }

    public IpSet Union(IpSet other) => Of(Ranges.Concat(other.Ranges));

    public IpSet Except(IpSet other)
    {
        var result = new List<IpRange>();
        foreach (var range in Ranges)
        {
            var pieces = new List<IpRange> { range };
            foreach (var cut in other.Ranges.Where(c => c.Family == range.Family && c.Start <= range.End && c.End >= range.Start))
            {
                pieces = [.. pieces.SelectMany(p => Subtract(p, cut))];
            }

            result.AddRange(pieces);
        }

        return Of(result);
    }

    public IpSet Intersect(IpSet other) => Except(Except(other));

    public bool Overlaps(IpSet other) => !Intersect(other).IsEmpty;

    private static IEnumerable<IpRange> Subtract(IpRange p, IpRange cut)
    {
        if (cut.End < p.Start || cut.Start > p.End)
        {
            yield return p;
            yield break;
        }

        if (cut.Start > p.Start)
        {
            yield return p with { End = cut.Start - 1 };
        }

        if (cut.End < p.End)
        {
            yield return p with { Start = cut.End + 1 };
        }
    }

    private static ImmutableArray<IpRange> Normalize(IEnumerable<IpRange> ranges)
    {
        var sorted = ranges.OrderBy(r => r.Family).ThenBy(r => r.Start).ToList();
        var merged = ImmutableArray.CreateBuilder<IpRange>(sorted.Count);
        foreach (var r in sorted)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                if (last.Family == r.Family && (last.End == UInt128.MaxValue || r.Start <= last.End + 1))
                {
                    merged[^1] = last with { End = UInt128.Max(last.End, r.End) };
                    continue;
                }
            }

            merged.Add(r);
        }

        return merged.ToImmutable();
    }

    private static int Compare(IpFamily fa, UInt128 a, IpFamily fb, UInt128 b) =>
        fa != fb ? fa.CompareTo(fb) : a.CompareTo(b);

    public bool Equals(IpSet? other) => other is not null && Ranges.SequenceEqual(other.Ranges);

    public override bool Equals(object? obj) => Equals(obj as IpSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var r in Ranges)
        {
            hash.Add(r);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Ranges.IsEmpty ? "(none)" : string.Join(", ", Ranges);
}
