using System.Diagnostics;
using MetaFence.Core.Findings;

namespace MetaFence.Rendering;

/// <summary>Severity names as the CLI and JSON spell them (lower case), and their table colours.</summary>
internal static class SeverityText
{
    public static string Name(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        Severity.Info => "info",
        _ => throw new UnreachableException(),
    };

    public static string Style(Severity severity) => severity switch
    {
        Severity.Critical => "bold white on red",
        Severity.High => "bold red",
        Severity.Medium => "yellow",
        Severity.Low => "blue",
        Severity.Info => "grey",
        _ => throw new UnreachableException(),
    };
}
