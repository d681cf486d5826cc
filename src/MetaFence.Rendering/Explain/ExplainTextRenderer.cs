using System.Globalization;
using MetaFence.Core.Evaluation;

namespace MetaFence.Rendering.Explain;

/// <summary>
/// Explain answers for people, the answer first: <c>BLOCKED: x/web -&gt; 169.254.169.254:80/TCP</c>,
/// then why, the deciding rules, the trail of Pass rules, caveats and how the question was read.
/// With several answers a count line comes first and a blank line separates them.
/// </summary>
public static class ExplainTextRenderer
{
    private const string Indent = "  ";
    private const string Item = "    ";

    public static void Render(IReadOnlyList<ExplainAnswer> answers, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(writer);
        if (answers.Count > 1)
        {
            var allowed = answers.Count(a => a.Verdict.Allowed);
            Line(writer, string.Create(
                CultureInfo.InvariantCulture,
                $"{answers.Count} questions: {allowed} allowed, {answers.Count - allowed} blocked"));
            Line(writer, string.Empty);
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (i > 0)
            {
                Line(writer, string.Empty);
            }

            Write(answers[i], writer);
        }

        writer.Flush();
    }

    private static void Write(ExplainAnswer answer, TextWriter writer)
    {
        var verdict = answer.Verdict;
        Line(writer, AnswerLine(answer));
        Line(writer, $"{Indent}because {DecisionText.Reason(verdict.Decision)}");
        WriteSection(writer, "decided by", verdict.DecidedBy.Select(RuleLines));
        WriteSection(writer, "trail", verdict.Trail.Select(RuleLines));
        WriteSection(writer, "notes", verdict.Notes);
        WriteSection(writer, "unknown because", verdict.Unknown);
        WriteSection(writer, "input", answer.InputNotes);
    }

    /// <summary>The rule, and on a second line where it is written when the loader knew.</summary>
    private static string RuleLines(RuleRef rule) =>
        rule.Location is { } location
            ? $"{RuleRefText.Format(rule)}\n  at {LocationText.Format(location)}"
            : RuleRefText.Format(rule);

    private static void WriteSection(TextWriter writer, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Line(writer, $"{Indent}{title}:");
        foreach (var line in list)
        {
            Line(writer, $"{Item}{line.Replace("\n", "\n" + Item, StringComparison.Ordinal)}");
        }
    }

    /// <summary>Always <c>\n</c>: the same bytes on every platform, without touching the writer's settings.</summary>
    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }

    /// <summary>The answer line alone, for callers that summarise (<c>ALLOWED: x/web -&gt; …</c>).</summary>
    public static string AnswerLine(ExplainAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        // Decision 0004: a verdict that depends on unreadable resources is unknown, never blocked.
        var word = answer.Verdict.IsUnknown ? (answer.Verdict.Allowed ? "UNKNOWN (allowed by what could be read)" : "UNKNOWN (blocked by what could be read)")
            : answer.Verdict.Allowed ? "ALLOWED" : "BLOCKED";
        return $"{word}: {answer.FromText} -> {answer.To}";
    }
}
