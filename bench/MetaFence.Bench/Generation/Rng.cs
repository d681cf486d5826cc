namespace MetaFence.Bench.Generation;

/// <summary>
/// SplitMix64: a tiny seeded generator whose output is fixed by its algorithm, not by the runtime
/// version (System.Random's seeded sequence is not a documented contract), so the dump has the same
/// bytes on every machine and every run.
/// </summary>
internal sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>An independent stream for one object, so objects do not depend on the order they are written in.</summary>
    public static Rng For(ulong seed, ulong stream, ulong index) =>
        new(Mix(seed ^ Mix((stream << 40) ^ index)));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>True with the given probability in percent.</summary>
    public bool Percent(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Lower-case hex digits, as in container ids and image digests.</summary>
    public string Hex(int length) => Chars("0123456789abcdef", length);

    /// <summary>The alphabet Kubernetes uses for generated name suffixes and template hashes.</summary>
    public string Suffix(int length) => Chars("bcdfghjklmnpqrstvwxz2456789", length);

    /// <summary>A version-4 style UID.</summary>
    public string Uid() => $"{Hex(8)}-{Hex(4)}-4{Hex(3)}-{Chars("89ab", 1)}{Hex(3)}-{Hex(12)}";

    private string Chars(string alphabet, int length) =>
        string.Create(length, this, (span, rng) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[rng.Next(alphabet.Length)];
            }
        });

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
