using System.Globalization;
using MetaFence.Core.Findings;
using MetaFence.Core.Trace;

namespace MetaFence.Rendering.Trace;

/// <summary>The one-line summary closing the table and heading the JSON.</summary>
public static class TraceSummary
{
    public static string Text(TraceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var bySeverity = report.Paths.GroupBy(p => p.Severity).OrderByDescending(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {SeverityText.Name(g.Key)}"));
        var counts = report.Counts;
        var paths = report.Paths.Length;
        return string.Create(CultureInfo.InvariantCulture,
            $"{paths} attack path{(paths == 1 ? string.Empty : "s")} in {report.Groups.Length} group{(report.Groups.Length == 1 ? string.Empty : "s")}")
            + (paths == 0 ? string.Empty : $" ({string.Join(", ", bySeverity)})")
            + string.Create(CultureInfo.InvariantCulture,
                $"; blocked: {counts.BlockedByNetwork} by policy, {counts.BlockedByNode} by node settings, {counts.HiddenByMetadataServer} by the GKE metadata server; {counts.Unknown} unknown (no export covers the node); {report.Posture.Nodes.Length} nodes.");
    }

    /// <summary>The highest path severity, or null when there is no path.</summary>
    public static Severity? Highest(TraceReport report) =>
        report is { Paths.IsEmpty: false } ? report.Paths.Max(p => p.Severity) : null;
}
