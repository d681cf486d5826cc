using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>One audit rule: a stable id, a title, and the findings it draws from the verdicts.</summary>
public abstract class AuditRule
{
    /// <summary>CIS Kubernetes Benchmark 5.3.2: all namespaces have NetworkPolicies.</summary>
    public const string Cis532 = "CIS Kubernetes Benchmark 5.3.2";

    /// <summary>Unsecured Credentials: Cloud Instance Metadata API.</summary>
    public const string MitreT1552005 = "MITRE ATT&CK T1552.005";

    public abstract string Id { get; }

    public abstract string Title { get; }

    public virtual ImmutableArray<string> References => [Cis532, MitreT1552005];

    public abstract IEnumerable<Finding> Evaluate(AuditContext context);

    protected Finding Create(Severity severity, string message) => new()
    {
        RuleId = Id,
        Title = Title,
        Severity = severity,
        Message = message,
        References = References,
    };
}
