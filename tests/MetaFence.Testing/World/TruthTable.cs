using System.Text;
using Xunit.Sdk;

namespace MetaFence.Testing.World;

/// <summary>
/// A reachability matrix over named subjects (rows) and destinations (columns), in the style of
/// the Kubernetes e2e netpol tests: state a default plus deltas, compute the actual matrix with a
/// function, and on mismatch fail with the expected, actual and diff matrices (<c>.</c>
/// reachable, <c>X</c> blocked; in the diff <c>X</c> marks a disagreement).
/// </summary>
public sealed class TruthTable
{
    private readonly Dictionary<(string From, string To), bool> _cells = [];

    private TruthTable(IEnumerable<string> froms, IEnumerable<string> tos, bool reachable)
    {
        Froms = [.. froms];
        Tos = [.. tos];
        foreach (var from in Froms)
        {
            foreach (var to in Tos)
            {
                _cells[(from, to)] = reachable;
            }
        }
    }

    public IReadOnlyList<string> Froms { get; }

    public IReadOnlyList<string> Tos { get; }

    public bool this[string from, string to] => _cells.TryGetValue((from, to), out var value)
        ? value
        : throw new ArgumentException($"no cell {from} -> {to}");

    /// <summary>Every cell reachable; add the blocked ones with <see cref="Block"/>.</summary>
    public static TruthTable AllReachable(IEnumerable<string> froms, IEnumerable<string> tos) => new(froms, tos, true);

    /// <summary>Every cell blocked; add the reachable ones with <see cref="Allow"/>.</summary>
    public static TruthTable AllBlocked(IEnumerable<string> froms, IEnumerable<string> tos) => new(froms, tos, false);

    /// <summary>The matrix <paramref name="reachable"/> computes.</summary>
    public static TruthTable Compute(IEnumerable<string> froms, IEnumerable<string> tos, Func<string, string, bool> reachable)
    {
        ArgumentNullException.ThrowIfNull(reachable);
        var table = new TruthTable(froms, tos, false);
        foreach (var from in table.Froms)
        {
            foreach (var to in table.Tos)
            {
                table._cells[(from, to)] = reachable(from, to);
            }
        }

        return table;
    }

    /// <summary>Marks <paramref name="from"/> → each of <paramref name="tos"/> (all columns if none) blocked.</summary>
    public TruthTable Block(string from, params string[] tos) => Set(from, tos, false);

    /// <summary>Marks <paramref name="from"/> → each of <paramref name="tos"/> (all columns if none) reachable.</summary>
    public TruthTable Allow(string from, params string[] tos) => Set(from, tos, true);

    /// <summary>Marks every subject → <paramref name="to"/> blocked.</summary>
    public TruthTable BlockTo(string to) => SetColumn(to, false);

    /// <summary>Marks every subject → <paramref name="to"/> reachable.</summary>
    public TruthTable AllowTo(string to) => SetColumn(to, true);

    /// <summary>Computes the actual matrix and fails with all three matrices when it differs.</summary>
    public void Verify(Func<string, string, bool> reachable, string? title = null)
    {
        var actual = Compute(Froms, Tos, reachable);
        var wrong = Froms.SelectMany(f => Tos.Select(t => (f, t))).Count(c => this[c.f, c.t] != actual[c.f, c.t]);
        if (wrong == 0)
        {
            return;
        }

        var message = string.Join(
            "\n",
            title ?? "reachability differs",
            Render("expected", (f, t) => this[f, t] ? '.' : 'X'),
            Render("actual", (f, t) => actual[f, t] ? '.' : 'X'),
            Render($"diff ({wrong} wrong)", (f, t) => this[f, t] == actual[f, t] ? '.' : 'X'));
        throw new XunitException(message);
    }

    /// <summary>The matrix as text, <c>.</c> reachable and <c>X</c> blocked.</summary>
    public override string ToString() => Render("reachability", (f, t) => this[f, t] ? '.' : 'X');

    private TruthTable Set(string from, string[] tos, bool value)
    {
        foreach (var to in tos.Length == 0 ? Tos : tos)
        {
            Check(from, to);
            _cells[(from, to)] = value;
        }

        return this;
    }

    private TruthTable SetColumn(string to, bool value)
    {
        foreach (var from in Froms)
        {
            Check(from, to);
            _cells[(from, to)] = value;
        }

        return this;
    }

    private void Check(string from, string to)
    {
        if (!_cells.ContainsKey((from, to)))
        {
            throw new ArgumentException($"the table has no cell {from} -> {to}");
        }
    }

    private string Render(string title, Func<string, string, char> cell)
    {
        var rowWidth = Froms.Append(title).Max(s => s.Length);
        var colWidths = Tos.Select(t => t.Length).ToList();
        var text = new StringBuilder();
        text.Append(title.PadRight(rowWidth));
        foreach (var to in Tos)
        {
            text.Append("  ").Append(to);
        }

        text.Append('\n');
        foreach (var from in Froms)
        {
            var line = new StringBuilder(from.PadRight(rowWidth));
            for (var i = 0; i < Tos.Count; i++)
            {
                line.Append("  ").Append(cell(from, Tos[i]).ToString().PadRight(colWidths[i]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
