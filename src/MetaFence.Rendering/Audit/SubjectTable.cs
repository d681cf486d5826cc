using System.Globalization;
using MetaFence.Core.Audit;
using Spectre.Console;

namespace MetaFence.Rendering.Audit;

/// <summary>The subject table, namespace by namespace, in its two layouts.</summary>
internal static class SubjectTable
{
    /// <summary>Cell padding and border per column.</summary>
    private const int ColumnOverhead = 3;

    /// <summary>True when one column per endpoint group fits in <paramref name="width"/> without wrapping cells.</summary>
    public static bool Fits(AuditReport report, IReadOnlyList<EndpointColumn> columns, int width)
    {
        var fixedWidth = 4 + Math.Max(9, report.Subjects.Max(s => s.Subject.Namespace.Length))
            + Math.Max(7, report.Subjects.Max(s => SubjectName(s.Subject).Length))
            + "template".Length + "HOST NETWORK".Length + (4 * ColumnOverhead);
        var endpointWidth = columns.Sum(c => Math.Max(c.Endpoints.Max(e => e.Id.Length), "reachable IPv4+IPv6".Length) + ColumnOverhead);
        return fixedWidth + endpointWidth <= width;
    }

    /// <summary>One column per group of credential endpoints with the same destinations.</summary>
    public static Table PerEndpoint(AuditReport report, IReadOnlyList<EndpointColumn> columns)
    {
        var table = Start();
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Header)));
        }

        AddRows(table, report, result => columns.Select(c => ReachCell.Markup(c.VerdictOf(result))));
        return table;
    }

    /// <summary>One column naming the reachable credential endpoints, grouped by how they are reached.</summary>
    public static Table Compact(AuditReport report, IReadOnlyList<EndpointColumn> columns)
    {
        var total = columns.Sum(c => c.Endpoints.Length);
        var table = Start();
        table.AddColumn(string.Create(CultureInfo.InvariantCulture, $"CAN REACH (of {total})"));
        AddRows(table, report, result => [ReachCell.Summary(result, columns)]);
        return table;
    }

    private static Table Start()
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("NAMESPACE").NoWrap());
        table.AddColumn(new TableColumn("SUBJECT").NoWrap());
        table.AddColumn(new TableColumn("PODS").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("HOST NETWORK").NoWrap());
        return table;
    }

    private static void AddRows(Table table, AuditReport report, Func<SubjectResult, IEnumerable<string>> endpointCells)
    {
        string? previous = null;
        foreach (var result in ReportOrder.Subjects(report.Subjects))
        {
            var subject = result.Subject;
            var first = !string.Equals(previous, subject.Namespace, StringComparison.Ordinal);
            if (first && previous is not null)
            {
                table.AddEmptyRow();
            }

            previous = subject.Namespace;
            string[] cells =
            [
                first ? Markup.Escape(subject.Namespace) : string.Empty,
                Markup.Escape(SubjectName(subject)),
                subject.Kind == SubjectKind.Template
                    ? "[grey]template[/]"
                    : subject.PodNames.Length.ToString(CultureInfo.InvariantCulture),
                subject.HostNetwork ? "[red]yes[/]" : "no",
                .. endpointCells(result),
            ];
            table.AddRow(cells);
        }
    }

    private static string SubjectName(AuditSubject subject) => $"{subject.Object.Kind}/{subject.Object.Name}";
}
