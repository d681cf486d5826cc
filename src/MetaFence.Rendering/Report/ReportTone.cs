namespace MetaFence.Rendering.Report;

/// <summary>How a fact, row, cell, node or edge should look: fine, worth a look, or bad. Neutral is plain.</summary>
public enum ReportTone
{
    Neutral,
    Ok,
    Warn,
    Bad,
}
