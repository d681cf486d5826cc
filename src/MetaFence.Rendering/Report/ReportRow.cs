using System.Collections.Immutable;

namespace MetaFence.Rendering.Report;

/// <summary>
/// One table row: cells in column order and the row's tone (its severity). Optional:
/// <see cref="Id"/>, an anchor graph nodes can link to; <see cref="Group"/>, rows sharing it are
/// shown together under it (a namespace); <see cref="Note"/>, a paragraph explaining the row;
/// <see cref="Detail"/>, preformatted text such as remediation YAML, titled <see cref="DetailTitle"/>;
/// <see cref="Name"/>, how other text refers to the row.
/// </summary>
public sealed record ReportRow
{
    public required ImmutableArray<ReportCell> Cells { get; init; }

    public ReportTone Tone { get; init; }

    /// <summary>Unique within the document: letters, digits, <c>-</c>, <c>_</c> and <c>.</c> only.</summary>
    public string? Id { get; init; }

    public string? Group { get; init; }

    public string? Note { get; init; }

    public string? Detail { get; init; }

    /// <summary>What the detail is, e.g. <c>fix</c>.</summary>
    public string? DetailTitle { get; init; }

    /// <summary>How text elsewhere refers to this row (<c>MF001 CronJob analytics/nightly-report</c>); the first cell when null.</summary>
    public string? Name { get; init; }

    /// <summary><see cref="Name"/>, or the first cell.</summary>
    public string DisplayName => Name ?? (Cells.IsDefaultOrEmpty ? string.Empty : Cells[0].Text);
}
