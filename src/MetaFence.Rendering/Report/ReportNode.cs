namespace MetaFence.Rendering.Report;

/// <summary>
/// A graph node: a unique <see cref="Id"/> (edges refer to it), a kind (its column), a label and
/// an optional second line, a tone, and optionally the <see cref="ReportRow.Id"/> of the table
/// row that tells more (the node links there).
/// </summary>
public sealed record ReportNode
{
    public required string Id { get; init; }

    public required ReportNodeKind Kind { get; init; }

    public required string Label { get; init; }

    public string? Detail { get; init; }

    public ReportTone Tone { get; init; }

    public string? Link { get; init; }
}
