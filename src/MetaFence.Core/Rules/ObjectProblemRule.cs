using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF008: an object the API server would reject (left out of every verdict: it protects
/// nothing, SEMANTICS 12, 19, 21) or accept with a warning (rules 23, 24, 25).
/// </summary>
public sealed class ObjectProblemRule : AuditRule
{
    public override string Id => "MF008";

    public override string Title => "Invalid or ambiguous policy";

    public override IEnumerable<Finding> Evaluate(AuditContext context) =>
        context.Snapshot.Problems.Select(p => Create(
                p.Rejected ? Severity.High : Severity.Low,
                p.Rejected
                    ? $"{p.Object} would be rejected by the API server, so it protects nothing; MetaFence evaluated the cluster without it (SEMANTICS {p.Rule}): {p.Message}"
                    : $"{p.Object} is accepted with a warning (SEMANTICS {p.Rule}): {p.Message}")
            with
        {
            Namespace = p.Object.Namespace,
            Subject = p.Object,
            Location = p.Location,
            References = [$"SEMANTICS {p.Rule}"],
        });
}
