using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF010: v1alpha1 AdminNetworkPolicy/BaselineAdminNetworkPolicy and v1alpha2
/// ClusterNetworkPolicy are both present; real implementations support one (SEMANTICS 43–52 choice).
/// </summary>
public sealed class MixedAdminApiVersionsRule : AuditRule
{
    public override string Id => "MF010";

    public override string Title => "Two cluster-wide policy API versions";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        var versions = context.Snapshot.AdminPolicies.Select(p => p.ApiVersion).Distinct().Order(StringComparer.Ordinal).ToList();
        if (versions.Count > 1)
        {
            yield return Create(Severity.Low,
                    $"The input holds cluster-wide policies of {string.Join(" and ", versions)}; a real implementation enforces one. MetaFence merged them by tier and priority, which your cluster will not do.")
                with
            {
                References = ["SEMANTICS 43-52"],
                Remediation = "Keep the API version your network plugin implements (v1alpha2 ClusterNetworkPolicy for current network-policy-api releases) and delete the others.",
            };
        }
    }
}
