using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// The counts an audit ends with; <see cref="ToString"/> is the one-line answer:
/// <c>3 namespaces, 7 subjects (12 pods): 4 can reach a credential endpoint; findings: 2 critical, 3 high</c>.
/// </summary>
public sealed record AuditSummary
{
    public required int Namespaces { get; init; }

    public required int Subjects { get; init; }

    public required int Pods { get; init; }

    /// <summary>Subjects that are pod templates (no pods in the input yet).</summary>
    public required int Templates { get; init; }

    /// <summary>Subjects that reach at least one credential endpoint.</summary>
    public required int Reaching { get; init; }

    /// <summary>Subjects that reach no credential endpoint for certain but may reach one: the verdict is unknown (decision 0004).</summary>
    public int Unknown { get; init; }

    /// <summary>Finding counts, most severe first; every severity is present.</summary>
    public required ImmutableArray<KeyValuePair<Severity, int>> Findings { get; init; }

    public int FindingTotal => Findings.Sum(p => p.Value);

    public static AuditSummary From(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var bySeverity = report.Findings.CountBy(f => f.Severity).ToDictionary();
        return new AuditSummary
        {
            Namespaces = report.Subjects.Select(s => s.Subject.Namespace).Distinct(StringComparer.Ordinal).Count(),
            Subjects = report.Subjects.Length,
            Pods = report.PodCount,
            Templates = report.Subjects.Count(s => s.Subject.Kind == SubjectKind.Template),
            Reaching = report.Subjects.Count(ReachesCredentialEndpoint),
            Unknown = report.Subjects.Count(IsUnknown),
            Findings = [.. Enum.GetValues<Severity>().Reverse()
                .Select(s => KeyValuePair.Create(s, bySeverity.GetValueOrDefault(s)))],
        };
    }

    /// <summary>True when any credential endpoint is reachable from the subject (for certain).</summary>
    public static bool ReachesCredentialEndpoint(SubjectResult result) =>
        result.Endpoints.Any(e => e.Endpoint.Role == EndpointRole.CredentialSource && e.Status == EndpointStatus.Reachable);

    /// <summary>True when no credential endpoint is reachable for certain and some is unknown.</summary>
    public static bool IsUnknown(SubjectResult result) =>
        !ReachesCredentialEndpoint(result)
        && result.Endpoints.Any(e => e.Endpoint.Role == EndpointRole.CredentialSource && e.Status == EndpointStatus.Unknown);

    public override string ToString()
    {
        var pods = Templates == 0
            ? Count(Pods, "pod")
            : $"{Count(Pods, "pod")}, {Count(Templates, "template")}";
        var findings = FindingTotal == 0
            ? "none"
            : string.Join(", ", Findings.Where(p => p.Value > 0)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value} {SeverityText.Name(p.Key)}")));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(Namespaces, "namespace")}, {Count(Subjects, "subject")} ({pods}): {Reaching} can reach a credential endpoint{(Unknown == 0 ? string.Empty : $", {Unknown} unknown")}; findings: {findings}");
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
