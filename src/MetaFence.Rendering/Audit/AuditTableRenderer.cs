using MetaFence.Core.Audit;
using Spectre.Console;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// The audit for people: subjects grouped by namespace with what each can reach, then findings
/// by severity, input problems, and a one-line summary at the end. With few endpoints (say
/// <c>--provider aws</c>) each credential endpoint gets a column; when those columns would not
/// fit the console, one column lists the reachable endpoints instead.
/// </summary>
public static class AuditTableRenderer
{
    public static void Render(AuditReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);

        if (report.Subjects.IsEmpty)
        {
            console.Write(PlainLine.Of("No pods or workloads in the input."));
        }
        else
        {
            var columns = EndpointColumn.ForCredentialEndpoints(report.Endpoints);
            console.Write(SubjectTable.Fits(report, columns, console.Profile.Width)
                ? SubjectTable.PerEndpoint(report, columns)
                : SubjectTable.Compact(report, columns));
            if (report.Subjects.Any(s => s.Endpoints.Any(e => e.Status == EndpointStatus.Unknown)))
            {
                console.Write(PlainLine.Of(ReachCell.Legend));
            }
        }

        console.WriteLine();
        FindingsView.Write(report.Findings, console);
        InputView.Write(report.Snapshot, console);
        DataplaneView.Write(report, console);
        console.Write(new PlainLine((AuditSummary.From(report).ToString(), new Style(decoration: Decoration.Bold))));
    }
}
