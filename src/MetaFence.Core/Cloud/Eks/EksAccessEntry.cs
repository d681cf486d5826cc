using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Eks;

/// <summary>
/// An EKS access entry (<c>aws eks describe-access-entry</c>): principal, type
/// (<c>STANDARD</c>, <c>EC2_LINUX</c>, <c>EC2_WINDOWS</c>, <c>FARGATE_LINUX</c>, <c>HYBRID_LINUX</c>),
/// optional username and groups, and associated access policies
/// (https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html).
/// </summary>
public sealed record EksAccessEntry
{
    public required string PrincipalArn { get; init; }

    public string Type { get; init; } = "STANDARD";

    public string? Username { get; init; }

    public ImmutableArray<string> KubernetesGroups { get; init; } = [];

    /// <summary>Associated access policy ARNs, e.g. <c>arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy</c>.</summary>
    public ImmutableArray<string> AccessPolicies { get; init; } = [];
}
