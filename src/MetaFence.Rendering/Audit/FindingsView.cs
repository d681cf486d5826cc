using System.Collections.Immutable;
using MetaFence.Core.Findings;
using Spectre.Console;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// Findings, most severe first: a severity label and <c>id subject: title</c>, then, indented,
/// the message, the fix, references and where it is written.
/// </summary>
internal static class FindingsView
{
    private const string Indent = "           ";

    public static void Write(ImmutableArray<Finding> findings, IAnsiConsole console)
    {
        if (findings.IsEmpty)
        {
            console.Write(PlainLine.Of("No findings."));
            console.WriteLine();
            return;
        }

        console.Write(new PlainLine(("Findings", new Style(decoration: Decoration.Bold))));
        var fixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in FindingOrder.Sort(findings))
        {
            var label = SeverityText.Name(finding.Severity).ToUpperInvariant();
            console.Write(new PlainLine(
                (" ", Style.Plain),
                (label, Style.Parse(SeverityText.Style(finding.Severity))),
                (new string(' ', Indent.Length - 1 - label.Length), Style.Plain),
                ($"{finding.RuleId} {Subject(finding)}{finding.Title}", new Style(decoration: Decoration.Bold))));
            foreach (var line in Details(finding, fixes))
            {
                console.Write(PlainLine.Of(Indent + line));
            }
        }

        console.WriteLine();
    }

    /// <summary>
    /// Message, fix, references, location. A fix already shown (the same namespace fence for
    /// every workload of a namespace) is named, not repeated; a multi-line fix starts on its own line.
    /// </summary>
    private static IEnumerable<string> Details(Finding finding, Dictionary<string, string> fixes)
    {
        var lines = new List<string> { finding.Message };
        var fix = finding.Remediation?.TrimEnd();
        if (!string.IsNullOrWhiteSpace(fix))
        {
            var name = $"{finding.RuleId} {Subject(finding).TrimEnd(' ', ':')}".TrimEnd();
            if (fixes.TryGetValue(fix, out var first))
            {
                lines.Add($"fix: the same as for {first} above");
            }
            else
            {
                fixes[fix] = name;
                lines.Add(fix.Contains('\n', StringComparison.Ordinal) ? "fix:\n  " + fix.Replace("\n", "\n  ", StringComparison.Ordinal) : "fix: " + fix);
            }
        }

        if (!finding.References.IsEmpty)
        {
            lines.Add("references: " + string.Join(", ", finding.References));
        }

        if (finding.Location is { } location)
        {
            lines.Add("at " + LocationText.Format(location));
        }

        return lines.SelectMany(l => l.Split('\n'));
    }

    private static string Subject(Finding finding) => finding.Subject is { } subject
        ? $"{RuleRefText.Policy(subject)}: "
        : finding.Namespace is { } ns ? $"namespace {ns}: " : string.Empty;
}
