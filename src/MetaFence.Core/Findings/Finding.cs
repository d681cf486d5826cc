using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Findings;

/// <summary>
/// One audit result: a stable rule id (<c>MF001</c>), its severity, what it is about, what is
/// wrong, the fix (YAML where one fits) and references (CIS, MITRE ATT&amp;CK).
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>The namespace the finding belongs to, or null for cluster-wide ones.</summary>
    public string? Namespace { get; init; }

    /// <summary>The workload, pod or policy it is about.</summary>
    public ObjectRef? Subject { get; init; }

    public required string Message { get; init; }

    public string? Remediation { get; init; }

    public ImmutableArray<string> References { get; init; } = [];

    public SourceLocation? Location { get; init; }
}
