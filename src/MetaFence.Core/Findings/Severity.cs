namespace MetaFence.Core.Findings;

/// <summary>Finding severities, least to most severe (so comparisons read naturally).</summary>
public enum Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}
