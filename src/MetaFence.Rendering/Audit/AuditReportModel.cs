using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// The audit as a <see cref="ReportDocument"/> for <c>--format html</c> and <c>--format markdown</c>:
/// the one-line summary and its figures, the graph of who reaches which credential endpoint,
/// findings by namespace with their fixes, the subject × endpoint matrix and the input problems.
/// </summary>
public static class AuditReportModel
{
    public const string Title = "MetaFence audit";

    /// <param name="report">The audit.</param>
    /// <param name="source">What was read (<c>examples/cluster</c>), for the subtitle; null leaves it out.</param>
    public static ReportDocument From(AuditReport report, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = AuditSummary.From(report);
        var credential = report.Endpoints.Count(e => e.Role == EndpointRole.CredentialSource);
        var checkedText = Plural(credential, "credential endpoint") + " checked";
        return new ReportDocument
        {
            Title = Title,
            Subtitle = string.IsNullOrEmpty(source) ? checkedText : $"{source} · {checkedText}",
            Headline = summary.ToString(),
            HeadlineTone = HeadlineTone(summary),
            Summary = Facts(report, summary, credential),
            Graph = AuditReportGraph.From(report),
            Sections = [AuditReportSections.Findings(report), AuditReportSections.Matrix(report), AuditReportSections.Problems(report)],
        };
    }

    /// <summary>Bad for critical and high, a warning for medium and low, plain for info.</summary>
    internal static ReportTone Tone(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => ReportTone.Bad,
        Severity.Medium or Severity.Low => ReportTone.Warn,
        _ => ReportTone.Neutral,
    };

    internal static string Plural(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private static ReportTone HeadlineTone(AuditSummary summary) =>
        summary.Reaching > 0 || summary.Findings.Any(p => p.Value > 0 && Tone(p.Key) == ReportTone.Bad) ? ReportTone.Bad
        : summary.FindingTotal > 0 ? ReportTone.Warn
        : ReportTone.Ok;

    private static ImmutableArray<ReportFact> Facts(AuditReport report, AuditSummary summary, int credential)
    {
        var reached = report.Subjects
            .SelectMany(s => s.Endpoints)
            .Where(e => e.Endpoint.Role == EndpointRole.CredentialSource && e.Reachable)
            .Select(e => e.Endpoint.Id)
            .Distinct(StringComparer.Ordinal)
            .Count();
        var facts = ImmutableArray.CreateBuilder<ReportFact>();
        facts.Add(Fact("Subjects", summary.Subjects, ReportTone.Neutral, $"in {Plural(summary.Namespaces, "namespace")}"));
        facts.Add(Fact("Pods", summary.Pods, ReportTone.Neutral, $"and {Plural(summary.Templates, "template")}"));
        facts.Add(Fact("Reach metadata", summary.Reaching, summary.Reaching > 0 ? ReportTone.Bad : ReportTone.Ok, $"of {Plural(summary.Subjects, "subject")}"));
        facts.Add(Fact("Endpoints reached", reached, reached > 0 ? ReportTone.Bad : ReportTone.Ok, $"of {credential} checked"));
        foreach (var (severity, count) in summary.Findings)
        {
            var tone = count == 0 ? (severity == Severity.Info ? ReportTone.Neutral : ReportTone.Ok) : Tone(severity);
            var name = SeverityText.Name(severity);
            facts.Add(Fact(char.ToUpperInvariant(name[0]) + name[1..], count, tone, null));
        }

        return facts.ToImmutable();
    }

    private static ReportFact Fact(string label, int value, ReportTone tone, string? note) => new()
    {
        Label = label,
        Value = value.ToString(CultureInfo.InvariantCulture),
        Tone = tone,
        Note = note,
    };
}
