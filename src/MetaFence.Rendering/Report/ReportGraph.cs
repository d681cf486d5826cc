using System.Collections.Immutable;

namespace MetaFence.Rendering.Report;

/// <summary>
/// The attack paths as a layered graph: nodes in columns by kind, edges between them. Renderers
/// sort nodes ordinally within a column, so the order given does not matter. Edges naming an
/// unknown node are a programmer error (the renderers throw).
/// </summary>
public sealed record ReportGraph
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<ReportNode> Nodes { get; init; } = [];

    public ImmutableArray<ReportEdge> Edges { get; init; } = [];

    /// <summary>Shown instead of an empty graph (<c>No subject reaches a credential endpoint.</c>).</summary>
    public string EmptyText { get; init; } = "Nothing to draw.";
}
