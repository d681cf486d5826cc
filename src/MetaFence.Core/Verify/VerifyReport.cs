using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Verify;

/// <summary>Everything one <c>verify</c> run found, sorted for rendering: rows by namespace then check order, findings by severity.</summary>
public sealed record VerifyReport
{
    public required string RunId { get; init; }

    public required string Image { get; init; }

    /// <summary>The probe pods, one per namespace, in namespace order.</summary>
    public required ImmutableArray<ProbePodPlan> Pods { get; init; }

    public required ImmutableArray<CheckResult> Results { get; init; }

    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>Builds the report: findings from the results, rows sorted by namespace (check order kept within one).</summary>
    public static VerifyReport Create(string runId, string image, IEnumerable<ProbePodPlan> pods, IEnumerable<CheckResult> results)
    {
        var podList = pods.OrderBy(p => p.Namespace, StringComparer.Ordinal).ToImmutableArray();
        var rows = results.OrderBy(r => r.Namespace, StringComparer.Ordinal).ToImmutableArray();
        return new VerifyReport
        {
            RunId = runId,
            Image = image,
            Pods = podList,
            Results = rows,
            Findings = VerifyFindings.From(rows, podList.ToDictionary(p => p.Namespace, p => p.Name, StringComparer.Ordinal)),
        };
    }
}
