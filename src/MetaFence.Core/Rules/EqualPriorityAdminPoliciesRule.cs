using System.Globalization;
using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF009: two cluster-wide policies of one tier share a priority; implementations may apply
/// either (SEMANTICS 45). MetaFence evaluates them in name order, as Calico does.
/// </summary>
public sealed class EqualPriorityAdminPoliciesRule : AuditRule
{
    public override string Id => "MF009";

    public override string Title => "Cluster-wide policies with equal priority";

    public override IEnumerable<Finding> Evaluate(AuditContext context) =>
        context.Snapshot.AdminPolicies
            .Where(p => p.Kind != AdminPolicyInfo.BaselineAdminNetworkPolicyKind)
            .GroupBy(p => (p.Tier, p.Priority))
            .Where(g => g.Count() > 1)
            .Select(g => g.OrderBy(p => p.Name, StringComparer.Ordinal).ToList())
            .Select(list => Create(Severity.Medium, string.Create(CultureInfo.InvariantCulture,
                    $"{string.Join(" and ", list.Select(p => p.Ref))} share priority {list[0].Priority} in the {list[0].Tier} tier: where both match, the implementation may apply either (SEMANTICS 45). MetaFence evaluated them in name order."))
                with
            {
                Subject = list[0].Ref,
                Location = list[0].Location,
                References = ["SEMANTICS 45"],
                Remediation = "Give every cluster-wide policy of a tier its own priority.",
            });
}
