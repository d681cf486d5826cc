using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Findings;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Audit;

/// <summary>The audit report's tables: findings by namespace, the subject × endpoint matrix, input problems.</summary>
internal static class AuditReportSections
{
    public const string MatrixId = "matrix";
    private const string ClusterWide = "(cluster-wide)";

    /// <summary>Findings grouped by namespace, the namespaces with the worst findings first; each with its message and fix.</summary>
    public static ReportSection Findings(AuditReport report)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rows = FindingOrder.Sort(report.Findings)
            .GroupBy(f => f.Namespace ?? ClusterWide, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(f => f.Severity))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Select(f => FindingRow(f, g.Key, ids)));
        return new ReportSection
        {
            Id = "findings",
            Title = "Findings",
            Description = "Grouped by namespace, the namespace with the worst finding first. Open a fix to copy it.",
            Columns = ["Severity", "Rule", "About", "Finding"],
            GroupColumn = "Namespace",
            Rows = [.. rows],
            EmptyText = "No findings.",
        };
    }

    /// <summary>Every subject against every group of credential endpoints with the same destinations.</summary>
    public static ReportSection Matrix(AuditReport report)
    {
        var columns = EndpointColumn.ForCredentialEndpoints(report.Endpoints);
        var rows = ReportOrder.Subjects(report.Subjects).Select(result => new ReportRow
        {
            Id = SubjectAnchor(result.Subject),
            Group = result.Subject.Namespace,
            Tone = AuditSummary.ReachesCredentialEndpoint(result) ? ReportTone.Bad : ReportTone.Ok,
            Name = $"{result.Subject.Object.Kind} {result.Subject.Namespace}/{result.Subject.Object.Name}",
            Cells =
            [
                $"{result.Subject.Object.Kind}/{result.Subject.Object.Name}",
                result.Subject.Kind == SubjectKind.Template ? "template" : AuditReportModel.Plural(result.Subject.PodNames.Length, "pod"),
                result.Subject.HostNetwork ? new ReportCell("yes", ReportTone.Bad) : "no",
                .. columns.Select(c => Cell(c.VerdictOf(result))),
            ],
        });
        return new ReportSection
        {
            Id = MatrixId,
            Title = "Subjects × credential endpoints",
            Description = "What each pod or workload reaches: the address families (and ports, when only some get through), "
                + "or blocked. Endpoints with the same addresses and ports share a column.",
            Columns = ["Subject", "Pods", "Host network", .. columns.Select(c => c.Header)],
            GroupColumn = "Namespace",
            Rows = [.. rows],
            EmptyText = "No pods or workloads in the input.",
            Detailed = true,
        };
    }

    /// <summary>Objects the input held that were rejected or accepted with a warning, and what was not evaluated.</summary>
    public static ReportSection Problems(AuditReport report)
    {
        var skipped = InputView.Skipped(report.Snapshot);
        var rows = InputView.ProblemOrder(report.Snapshot.Problems).Select(problem => new ReportRow
        {
            Tone = problem.Rejected ? ReportTone.Bad : ReportTone.Warn,
            Cells =
            [
                problem.Rejected ? new ReportCell("rejected", ReportTone.Bad) : new ReportCell("warning", ReportTone.Warn),
                RuleRefText.Policy(problem.Object),
                InputView.RuleText(problem.Rule),
                problem.Message,
            ],
            Note = problem.Location is { } location ? "at " + LocationText.Format(location) : null,
        });
        return new ReportSection
        {
            Id = "problems",
            Title = "Input problems",
            Description = skipped.Count == 0 ? null : "Not evaluated: " + string.Join("; ", skipped),
            Columns = ["Status", "Object", "Rule", "Problem"],
            Rows = [.. rows],
            EmptyText = "None: every object was read as written.",
        };
    }

    public static string SubjectAnchor(AuditSubject subject) =>
        ReportAnchor.From("subject", subject.Namespace, subject.Object.Kind, subject.Object.Name);

    private static ReportRow FindingRow(Finding finding, string group, HashSet<string> ids)
    {
        var about = finding.Subject is { } subject ? $"{subject.Kind}/{subject.Name}" : finding.Namespace is null ? "cluster" : "namespace";
        var name = finding.Subject is { } s ? $"{finding.RuleId} {RuleRefText.Policy(s)}"
            : finding.Namespace is { } ns ? $"{finding.RuleId} namespace {ns}"
            : finding.RuleId;
        var id = ReportAnchor.From("finding", name);
        for (var n = 2; !ids.Add(id); n++)
        {
            id = ReportAnchor.From("finding", name, n.ToString(CultureInfo.InvariantCulture));
        }

        return new ReportRow
        {
            Id = id,
            Group = group,
            Name = name,
            Tone = AuditReportModel.Tone(finding.Severity),
            Cells = [new ReportCell(SeverityText.Name(finding.Severity), AuditReportModel.Tone(finding.Severity)), finding.RuleId, about, finding.Title],
            Note = Note(finding),
            Detail = string.IsNullOrWhiteSpace(finding.Remediation) ? null : finding.Remediation.TrimEnd(),
            DetailTitle = "fix",
        };
    }

    private static string Note(Finding finding)
    {
        var lines = new List<string> { finding.Message };
        if (!finding.References.IsEmpty)
        {
            lines.Add("References: " + string.Join(", ", finding.References));
        }

        if (finding.Location is { } location)
        {
            lines.Add("At " + LocationText.Format(location));
        }

        return string.Join("\n", lines);
    }

    private static ReportCell Cell(EndpointVerdict? verdict) =>
        verdict is null || verdict.Destinations.IsEmpty ? "-"
        : verdict.Reachable ? new ReportCell(ReachCell.How(verdict), ReportTone.Bad)
        : new ReportCell("blocked", ReportTone.Ok);
}
