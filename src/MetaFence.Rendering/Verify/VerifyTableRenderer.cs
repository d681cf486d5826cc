using MetaFence.Core.Verify;
using MetaFence.Rendering.Audit;
using Spectre.Console;

namespace MetaFence.Rendering.Verify;

/// <summary>
/// <c>verify</c> for people: per namespace and check, what the probe saw beside what the engine
/// predicted (a mismatch marked), then the findings and a summary line.
/// </summary>
public static class VerifyTableRenderer
{
    public static void Render(VerifyReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        if (report.Results.IsEmpty)
        {
            console.Write(PlainLine.Of("No namespaces probed."));
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("NAMESPACE", "CHECK", "ENDPOINT", "DESTINATION", "OBSERVED", "PREDICTED", "RESULT");
            foreach (var row in report.Results)
            {
                table.AddRow(
                    Markup.Escape(row.Namespace), Markup.Escape(row.Check.Name), Markup.Escape(row.Check.Endpoint),
                    Markup.Escape(VerifyFindings.Place(row.Check)), Markup.Escape(Observed(row)),
                    Markup.Escape(VerifyFindings.Word(row.Predicted)), Result(row));
            }

            console.Write(table);
        }

        console.WriteLine();
        FindingsView.Write(report.Findings, console);
        console.Write(new PlainLine((VerifySummary.From(report).ToString(), new Style(decoration: Decoration.Bold))));
    }

    private static string Observed(CheckResult row) =>
        row.Observation == Observation.ProbeFailed ? "probe failed" : $"{VerifyFindings.Word(row.Observation)} ({row.Outcome})";

    private static string Result(CheckResult row) => row switch
    {
        { Observation: Observation.ProbeFailed } => "[yellow]probe failed[/]",
        { IsDisagreement: true } => "[red]DISAGREES[/]",
        { IsAsWanted: true } => "ok",
        _ => "[red]FAIL[/]",
    };
}
