using System.Collections.Immutable;

namespace MetaFence.Rendering.Report;

/// <summary>
/// A report independent of its format: a title, a line saying what was read, the answer in one
/// line (<see cref="Headline"/>) and as figures, an optional graph of the attack paths, then tables.
/// <see cref="HtmlReportRenderer"/> and <see cref="MarkdownReportRenderer"/> draw it; mappers
/// (audit, trace) build it from Core's results.
/// </summary>
public sealed record ReportDocument
{
    public required string Title { get; init; }

    /// <summary>What was read, e.g. <c>input: examples/cluster · providers: all</c>.</summary>
    public string? Subtitle { get; init; }

    public string? Headline { get; init; }

    public ReportTone HeadlineTone { get; init; }

    public ImmutableArray<ReportFact> Summary { get; init; } = [];

    public ReportGraph? Graph { get; init; }

    public ImmutableArray<ReportSection> Sections { get; init; } = [];
}
