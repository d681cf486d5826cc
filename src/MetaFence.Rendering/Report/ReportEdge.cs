namespace MetaFence.Rendering.Report;

/// <summary>A directed edge between two <see cref="ReportNode.Id"/>s, with an optional label (<c>IPv4+IPv6</c>).</summary>
public sealed record ReportEdge
{
    public required string From { get; init; }

    public required string To { get; init; }

    public string? Label { get; init; }

    public ReportTone Tone { get; init; }
}
