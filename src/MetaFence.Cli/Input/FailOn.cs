using MetaFence.Core.Findings;

namespace MetaFence.Cli.Input;

/// <summary><c>--fail-on</c>: the least severity that makes <c>audit</c> exit 1, or <c>none</c>.</summary>
internal static class FailOn
{
    public const string None = "none";

    public const string Default = "high";

    /// <summary>The accepted values, most severe first.</summary>
    public static readonly string[] Values = ["critical", "high", "medium", "low", "info", None];

    /// <summary>True when some finding is at or above <paramref name="threshold"/> (never for <c>none</c>).</summary>
    public static bool IsReached(IEnumerable<Finding> findings, string threshold) =>
        !string.Equals(threshold, None, StringComparison.OrdinalIgnoreCase)
        && Enum.TryParse<Severity>(threshold, ignoreCase: true, out var least)
        && findings.Any(f => f.Severity >= least);

    /// <summary>True when some severity is at or above <paramref name="threshold"/> (never for <c>none</c>).</summary>
    public static bool IsReached(IEnumerable<Severity> severities, string threshold) =>
        !string.Equals(threshold, None, StringComparison.OrdinalIgnoreCase)
        && Enum.TryParse<Severity>(threshold, ignoreCase: true, out var least)
        && severities.Any(s => s >= least);
}
