namespace MetaFence.Cli.Input;

/// <summary>"Did you mean …": the known <c>namespace/name</c>s closest to a mistyped one.</summary>
internal static class NameSuggestions
{
    public const int Limit = 5;

    /// <summary>
    /// Names in the same namespace a few edits away or sharing a prefix, and the same name in
    /// other namespaces; closest first.
    /// </summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> known)
    {
        var (ns, name) = Split(wanted);
        var threshold = Math.Max(1, name.Length / 3);
        return [.. known
            .Where(k =>
            {
                var (kns, kname) = Split(k);
                return kname == name || (kns == ns && (Distance(name, kname) <= threshold
                    || kname.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(kname, StringComparison.Ordinal)));
            })
            .OrderBy(k => Distance(wanted, k))
            .ThenBy(k => k, StringComparer.Ordinal)
            .Take(Limit)];
    }

    /// <summary>
    /// Edit distance where inserting, deleting or changing a character, or swapping two
    /// neighbours (the commonest typo), each cost one (optimal string alignment).
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static (string Namespace, string Name) Split(string text)
    {
        var slash = text.LastIndexOf('/');
        return slash < 0 ? (string.Empty, text) : (text[..slash], text[(slash + 1)..]);
    }
}
