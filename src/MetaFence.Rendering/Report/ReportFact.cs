namespace MetaFence.Rendering.Report;

/// <summary>One summary figure: <c>Findings</c> / <c>17</c>, with a tone and an optional note (<c>4 critical, 3 high</c>).</summary>
public sealed record ReportFact
{
    public required string Label { get; init; }

    public required string Value { get; init; }

    public ReportTone Tone { get; init; }

    public string? Note { get; init; }
}
