using System.Collections.Immutable;
using System.Diagnostics;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// A ClusterNetworkPolicy (v1alpha2, <see cref="Tier"/> in the object) or an AdminNetworkPolicy /
/// BaselineAdminNetworkPolicy (v1alpha1, the tier is the kind). The BANP has no priority (rule 48).
/// </summary>
public sealed record AdminPolicyPlan : PlannedObject
{
    public const string ApiGroup = "policy.networking.k8s.io";

    public required AdminTier Tier { get; init; }

    public required AdminApi Api { get; init; }

    public int Priority { get; init; }

    public required AdminSubject Subject { get; init; }

    public string? SubjectComment { get; init; }

    public ImmutableArray<AdminRulePlan> Egress { get; init; } = [];

    public string Kind => (Api, Tier) switch
    {
        (AdminApi.V1Alpha2, _) => AdminPolicyInfo.ClusterNetworkPolicyKind,
        (AdminApi.V1Alpha1, AdminTier.Admin) => AdminPolicyInfo.AdminNetworkPolicyKind,
        (AdminApi.V1Alpha1, AdminTier.Baseline) => AdminPolicyInfo.BaselineAdminNetworkPolicyKind,
        _ => throw new UnreachableException(),
    };

    public string ApiVersion => Api == AdminApi.V1Alpha2 ? $"{ApiGroup}/v1alpha2" : $"{ApiGroup}/v1alpha1";

    /// <summary>False only for the BaselineAdminNetworkPolicy singleton.</summary>
    public bool HasPriority => Kind != AdminPolicyInfo.BaselineAdminNetworkPolicyKind;
}
