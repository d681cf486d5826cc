using System.Globalization;
using MetaFence.Core.Findings;
using MetaFence.Core.Trace;
using MetaFence.Rendering.Audit;
using Spectre.Console;

namespace MetaFence.Rendering.Trace;

/// <summary>
/// The trace for people: one block per node group and identity (the paths through it, at most
/// <see cref="ShownPaths"/> listed, and the fixes that cut them, cheapest first), then the node
/// posture table, the node findings, notes, and the summary line. JSON lists everything.
/// </summary>
public static class TraceTableRenderer
{
    public const int ShownPaths = 5;

    public const int ShownFixes = 4;

    private const string Indent = "          ";

    /// <summary>The audit findings about node posture (MF020–MF029) that trace shows too.</summary>
    public static bool IsNodeFinding(Finding finding) =>
        finding is not null && finding.RuleId.StartsWith("MF02", StringComparison.Ordinal) && finding.RuleId.Length == 5;

    public static void Render(TraceReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        if (report.Paths.IsEmpty)
        {
            console.Write(PlainLine.Of("No attack path: no subject can take a node identity that the exports show."));
        }
        else
        {
            console.Write(new PlainLine(("Attack paths: subject → metadata endpoint → node → identity → what it can do", new Style(decoration: Decoration.Bold))));
        }

        var shownDetails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in report.Groups)
        {
            console.WriteLine();
            WriteGroup(group, console, shownDetails);
        }

        console.WriteLine();
        TracePostureTable.Write(report, console);
        FindingsView.Write([.. report.Audit.Findings.Where(IsNodeFinding)], console);
        foreach (var note in report.Notes)
        {
            console.Write(PlainLine.Of("note: " + note));
        }

        if (!report.Notes.IsEmpty)
        {
            console.WriteLine();
        }

        console.Write(new PlainLine((TraceSummary.Text(report), new Style(decoration: Decoration.Bold))));
    }

    private static void WriteGroup(TraceGroup group, IAnsiConsole console, HashSet<string> shownDetails)
    {
        var label = SeverityText.Name(group.Severity).ToUpperInvariant();
        var noun = group.Identity.Provider switch
        {
            "gcp" => "service account",
            "azure" => "kubelet identity",
            _ => "role",
        };
        console.Write(new PlainLine(
            (label, Style.Parse(SeverityText.Style(group.Severity))),
            (new string(' ', Math.Max(1, Indent.Length - label.Length)), Style.Plain),
            ($"{group.NodeGroup} → {noun} {group.Identity.ShortName}", new Style(decoration: Decoration.Bold))));
        var capabilities = group.Paths[0].Capabilities;
        Line(console, group.Grant is not { Known: true } ? (group.Identity.Provider == "azure" ? "can: unknown (its Azure role assignments are not read)" : "can: unknown (the IAM export does not say)")
            : capabilities.IsEmpty ? "can: nothing harmful the catalog knows"
            : "can: " + string.Join("; ", capabilities.Take(3).Select(TraceText.Capability))
                + (capabilities.Length > 3 ? string.Create(CultureInfo.InvariantCulture, $"; and {capabilities.Length - 3} more") : string.Empty));
        Line(console, string.Create(CultureInfo.InvariantCulture, $"paths ({group.Paths.Length}):"));
        foreach (var path in group.Paths.Take(ShownPaths))
        {
            var facing = path.Exposure.InternetFacing ? $", internet-facing via {path.Exposure.Via[0]}" : string.Empty;
            var host = path.Subject.HostNetwork ? ", host network" : string.Empty;
            var where = path.Unscheduled ? ", not scheduled yet: any node" : string.Empty;
            Line(console, $"  {SeverityText.Name(path.Severity)}  {TraceText.Subject(path.Subject)} → {path.EndpointId}{facing}{host}{where}");
            Line(console, $"        {path.Verdict.Reason}");
        }

        if (group.Paths.Length > ShownPaths)
        {
            Line(console, string.Create(CultureInfo.InvariantCulture, $"  … and {group.Paths.Length - ShownPaths} more (--format json lists every path)"));
        }

        Line(console, "fixes, cheapest first:");
        var number = 1;
        foreach (var fix in group.Fixes.Take(ShownFixes))
        {
            Line(console, string.Create(CultureInfo.InvariantCulture, $"  {number++}. {fix.Summary} (cuts {fix.PathsCut} path{(fix.PathsCut == 1 ? string.Empty : "s")})"));
            if (shownDetails.Add(fix.Scope))
            {
                foreach (var detail in fix.Detail.Split('\n'))
                {
                    Line(console, "     " + detail);
                }
            }
        }

        if (group.Fixes.Length > ShownFixes)
        {
            Line(console, string.Create(CultureInfo.InvariantCulture, $"  … and {group.Fixes.Length - ShownFixes} more (--format json lists every fix)"));
        }
    }

    private static void Line(IAnsiConsole console, string text) => console.Write(PlainLine.Of(Indent + text));
}
