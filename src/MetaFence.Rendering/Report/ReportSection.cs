using System.Collections.Immutable;

namespace MetaFence.Rendering.Report;

/// <summary>
/// A titled table. Rows keep the order given (the mapper sorts them); rows with a
/// <see cref="ReportRow.Group"/> are shown under their group, titled by <see cref="GroupColumn"/>.
/// A <see cref="Detailed"/> section is in the HTML report only: the markdown summary names it and
/// leaves it out, to stay short enough for a pull-request comment.
/// </summary>
public sealed record ReportSection
{
    /// <summary>Unique within the document; the HTML anchor. Letters, digits, <c>-</c> and <c>_</c> only.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required ImmutableArray<string> Columns { get; init; }

    public ImmutableArray<ReportRow> Rows { get; init; } = [];

    /// <summary>What the group of a row is (<c>Namespace</c>); null when rows are not grouped.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>Shown instead of an empty table.</summary>
    public string EmptyText { get; init; } = "Nothing to show.";

    public bool Detailed { get; init; }
}
