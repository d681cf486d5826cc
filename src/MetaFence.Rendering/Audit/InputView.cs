using System.Globalization;
using MetaFence.Core.Snapshot;
using Spectre.Console;

namespace MetaFence.Rendering.Audit;

/// <summary>What the input held that the audit did not evaluate: rejected or suspicious objects, skipped pods and kinds.</summary>
internal static class InputView
{
    public static void Write(ClusterSnapshot snapshot, IAnsiConsole console)
    {
        if (!snapshot.Problems.IsEmpty)
        {
            console.Write(new PlainLine(("Input problems", new Style(decoration: Decoration.Bold))));
            foreach (var problem in ProblemOrder(snapshot.Problems))
            {
                var what = problem.Rejected ? ("REJECTED", new Style(Color.Red)) : ("WARNING", new Style(Color.Yellow));
                console.Write(new PlainLine(
                    (" ", Style.Plain),
                    what,
                    (new string(' ', 10 - what.Item1.Length), Style.Plain),
                    ($"{RuleRefText.Policy(problem.Object)} ({RuleText(problem.Rule)}): {problem.Message}", Style.Plain)));
                if (problem.Location is { } location)
                {
                    console.Write(PlainLine.Of($"           at {LocationText.Format(location)}"));
                }
            }

            console.WriteLine();
        }

        var skipped = Skipped(snapshot);
        if (skipped.Count > 0)
        {
            console.Write(PlainLine.Of("Not evaluated: " + string.Join("; ", skipped)));
            console.WriteLine();
        }
    }

    /// <summary><c>SEMANTICS 21</c> for a bare rule number, the text as given otherwise.</summary>
    internal static string RuleText(string rule) =>
        rule.Length > 0 && rule.All(char.IsAsciiDigit) ? $"SEMANTICS {rule}" : rule;

    internal static IEnumerable<ObjectProblem> ProblemOrder(IEnumerable<ObjectProblem> problems) =>
        problems
            .OrderBy(p => p.Object.Namespace ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(p => p.Object.Kind, StringComparer.Ordinal)
            .ThenBy(p => p.Object.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Rule, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal);

    internal static List<string> Skipped(ClusterSnapshot snapshot)
    {
        var parts = new List<string>();
        if (snapshot.SkippedTerminatedPods > 0)
        {
            parts.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{snapshot.SkippedTerminatedPods} terminated pod{(snapshot.SkippedTerminatedPods == 1 ? string.Empty : "s")} (SEMANTICS 37)"));
        }

        if (!snapshot.SkippedKinds.IsEmpty)
        {
            parts.Add("other kinds: " + string.Join(", ", snapshot.SkippedKinds
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}"))));
        }

        return parts;
    }
}
