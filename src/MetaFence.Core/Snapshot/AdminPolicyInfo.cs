using System.Collections.Immutable;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// An AdminNetworkPolicy, BaselineAdminNetworkPolicy (v1alpha1) or ClusterNetworkPolicy
/// (v1alpha2), normalised to one shape: a tier, a priority (0 for the BANP singleton), a
/// subject and ordered egress rules (rules 43–52).
/// </summary>
public sealed record AdminPolicyInfo
{
    public const string AdminNetworkPolicyKind = "AdminNetworkPolicy";
    public const string BaselineAdminNetworkPolicyKind = "BaselineAdminNetworkPolicy";
    public const string ClusterNetworkPolicyKind = "ClusterNetworkPolicy";

    public required string Kind { get; init; }

    public required string ApiVersion { get; init; }

    public required string Name { get; init; }

    public AdminTier Tier { get; init; }

    public int Priority { get; init; }

    public required AdminSubject Subject { get; init; }

    public ImmutableArray<AdminRule> Egress { get; init; } = [];

    public SourceLocation? Location { get; init; }

    public ObjectRef Ref => new(Kind, null, Name);
}
