using MetaFence.Core.Findings;

namespace MetaFence.Rendering;

/// <summary>The one order findings are shown in: most severe first, then rule id, namespace, subject, message (ordinal).</summary>
internal static class FindingOrder
{
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        [.. findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Namespace ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Subject?.Kind ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Subject?.Name ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];
}
