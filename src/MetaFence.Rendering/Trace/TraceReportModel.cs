using System.Globalization;
using MetaFence.Core.Findings;
using MetaFence.Core.Trace;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Trace;

/// <summary>
/// The trace as a <see cref="ReportDocument"/> for <c>--format html</c> and <c>--format markdown</c>:
/// the summary line and figures, the graph subject → endpoint → node → identity → capability,
/// the paths by node group with their cheapest fix, the fixes, and node posture.
/// </summary>
public static class TraceReportModel
{
    public const string Title = "MetaFence trace";

    public static ReportDocument From(TraceReport report, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var severities = report.Paths.GroupBy(p => p.Severity).ToDictionary(g => g.Key, g => g.Count());
        var highest = TraceSummary.Highest(report);
        return new ReportDocument
        {
            Title = Title,
            Subtitle = string.IsNullOrEmpty(source) ? null : source,
            Headline = TraceSummary.Text(report),
            HeadlineTone = highest is null ? ReportTone.Ok : TraceReportGraph.Tone(highest.Value),
            Summary =
            [
                Fact("Attack paths", report.Paths.Length, report.Paths.IsEmpty ? ReportTone.Ok : TraceReportGraph.Tone(highest ?? Severity.Info),
                    string.Join(", ", severities.OrderByDescending(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value} {SeverityText.Name(p.Key)}")))),
                Fact("Node groups", report.Groups.Length, ReportTone.Neutral, $"of {report.Posture.Nodes.Length} nodes"),
                Fact("Blocked by policy", report.Counts.BlockedByNetwork, ReportTone.Ok, null),
                Fact("Blocked by node settings", report.Counts.BlockedByNode + report.Counts.HiddenByMetadataServer, ReportTone.Ok, null),
                Fact("Unknown", report.Counts.Unknown, report.Counts.Unknown > 0 ? ReportTone.Warn : ReportTone.Neutral, "no export covers the node"),
            ],
            Graph = TraceReportGraph.From(report),
            Sections = [Paths(report), Fixes(report), Posture(report), Notes(report)],
        };
    }

    internal static string PathAnchor(TracePath path) =>
        ReportAnchor.From("subject", path.Subject.Namespace, path.Subject.Object.Kind, path.Subject.Object.Name);

    private static ReportSection Paths(TraceReport report)
    {
        var rows = new List<ReportRow>();
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in report.Groups)
        {
            foreach (var path in group.Paths)
            {
                var anchor = PathAnchor(path);
                rows.Add(new ReportRow
                {
                    Id = anchored.Add(anchor) ? anchor : null,
                    Group = $"{group.NodeGroup} → {group.Identity.ShortName}",
                    Tone = TraceReportGraph.Tone(path.Severity),
                    Cells =
                    [
                        new ReportCell(SeverityText.Name(path.Severity), TraceReportGraph.Tone(path.Severity)),
                        TraceText.Subject(path.Subject),
                        path.EndpointId,
                        path.Exposure.InternetFacing ? string.Join("\n", path.Exposure.Via) : path.Subject.HostNetwork ? "host network" : "-",
                        path.Capabilities.IsEmpty ? (path.Grant is { Known: true } ? "nothing harmful known" : "unknown") : string.Join("\n", path.Capabilities.Take(3).Select(c => c.Title)),
                        path.Fix.Summary,
                    ],
                    Note = path.Verdict.Reason,
                    Name = $"{TraceText.Subject(path.Subject)} → {path.EndpointId}",
                });
            }
        }

        return new ReportSection
        {
            Id = "paths",
            Title = "Paths",
            Description = "Ranked within each node group; the fix is the cheapest that cuts the path.",
            Columns = ["Severity", "Subject", "Endpoint", "Exposed", "Identity can", "Cheapest fix"],
            Rows = [.. rows],
            GroupColumn = "Node group → identity",
            EmptyText = "No subject can take a node identity the exports show.",
        };
    }

    private static ReportSection Fixes(TraceReport report) => new()
    {
        Id = "fixes",
        Title = "Fixes",
        Description = "Every fix that cuts some path, cheapest first, with how many paths it cuts.",
        Columns = ["Fix", "Paths cut"],
        Rows = [.. report.Groups.SelectMany(g => g.Fixes).DistinctBy(f => f.Scope, StringComparer.Ordinal)
            .OrderBy(f => f.Kind).ThenByDescending(f => f.PathsCut).ThenBy(f => f.Summary, StringComparer.Ordinal)
            .Select(f => new ReportRow
            {
                Cells = [f.Summary, f.PathsCut.ToString(CultureInfo.InvariantCulture)],
                Detail = f.Detail,
                DetailTitle = "how",
            })],
        EmptyText = "Nothing to fix.",
    };

    private static ReportSection Posture(TraceReport report) => new()
    {
        Id = "nodes",
        Title = "Node posture",
        Columns = ["Node", "Group", "Metadata", "Identity"],
        Rows = [.. report.Posture.Nodes.Select(n => new ReportRow
        {
            Cells = [n.NodeName, n.Group ?? "-", TraceText.Metadata(n), n.Identity?.ShortName ?? "none"],
            Note = n.Notes.IsEmpty ? null : string.Join(" ", n.Notes),
        })],
        Detailed = true,
        EmptyText = "The input has no nodes.",
    };

    private static ReportSection Notes(TraceReport report) => new()
    {
        Id = "notes",
        Title = "Notes",
        Columns = ["Note"],
        Rows = [.. report.Notes.Select(n => new ReportRow { Cells = [n] })],
        EmptyText = "None.",
    };

    private static ReportFact Fact(string label, int value, ReportTone tone, string? note) => new()
    {
        Label = label,
        Value = value.ToString(CultureInfo.InvariantCulture),
        Tone = tone,
        Note = string.IsNullOrEmpty(note) ? null : note,
    };
}
