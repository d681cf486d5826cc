using System.Globalization;
using System.Text;

namespace MetaFence.Cli.Apply;

/// <summary>
/// A unified diff of two texts by lines (longest common subsequence), three lines of context, in
/// the format <c>diff -u</c> and <c>kubectl diff</c> print; empty when the texts are equal.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Of(string before, string after, string beforeName, string afterName)
    {
        var a = Lines(before);
        var b = Lines(after);
        var edits = Edits(a, b);
        if (edits.All(e => e.Kind == ' '))
        {
            return string.Empty;
        }

        var text = new StringBuilder().Append("--- ").Append(beforeName).Append('\n').Append("+++ ").Append(afterName).Append('\n');
        var changed = edits.Select((e, i) => (e, i)).Where(p => p.e.Kind != ' ').Select(p => p.i).ToList();
        var start = 0;
        while (start < changed.Count)
        {
            var end = start;
            while (end + 1 < changed.Count && changed[end + 1] - changed[end] <= 2 * Context)
            {
                end++;
            }

            var from = Math.Max(0, changed[start] - Context);
            var to = Math.Min(edits.Count - 1, changed[end] + Context);
            Hunk(text, edits, from, to);
            start = end + 1;
        }

        return text.ToString();
    }

    private static void Hunk(StringBuilder text, List<(char Kind, string Line, int A, int B)> edits, int from, int to)
    {
        var slice = edits.Skip(from).Take(to - from + 1).ToList();
        var aCount = slice.Count(e => e.Kind != '+');
        var bCount = slice.Count(e => e.Kind != '-');
        var aStart = aCount == 0 ? slice[0].A : slice.First(e => e.Kind != '+').A + 1;
        var bStart = bCount == 0 ? slice[0].B : slice.First(e => e.Kind != '-').B + 1;
        text.Append(CultureInfo.InvariantCulture, $"@@ -{aStart},{aCount} +{bStart},{bCount} @@\n");
        foreach (var edit in slice)
        {
            text.Append(edit.Kind).Append(edit.Line).Append('\n');
        }
    }

    /// <summary>The edit script: ' ' kept, '-' only in before, '+' only in after, with the line indexes reached so far.</summary>
    private static List<(char Kind, string Line, int A, int B)> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<(char, string, int, int)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x], x++, y++));
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(('-', a[x], x++, y));
            }
            else
            {
                edits.Add(('+', b[y], x, y++));
            }
        }

        return edits;
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
