using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Eks;

/// <summary>
/// The Kubernetes user an IAM role becomes on an EKS cluster (<c>aws eks get-token</c> as the
/// role, then the cluster's mapping): username, groups, access policies and how it was found.
/// </summary>
public sealed record KubernetesIdentity
{
    /// <summary>The username, templates filled in where the input allowed (<c>system:node:ip-10-0-1-23.ec2.internal</c>).</summary>
    public required string Username { get; init; }

    public ImmutableArray<string> Groups { get; init; } = [];

    /// <summary>EKS access policies (access entries only).</summary>
    public ImmutableArray<string> AccessPolicies { get; init; } = [];

    public required EksIdentitySource Via { get; init; }

    /// <summary>The mapping that matched, as text: <c>aws-auth mapRoles[0] (rolearn …)</c> or <c>access entry … (EC2_LINUX)</c>.</summary>
    public required string Mapping { get; init; }

    /// <summary>The documentation the mapping rule comes from.</summary>
    public required string Source { get; init; }

    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>In <c>system:nodes</c>: the node authorizer and NodeRestriction limit it to its own node's objects.</summary>
    public bool IsNode => Groups.Contains("system:nodes", StringComparer.Ordinal);

    /// <summary>In <c>system:masters</c> or holding the cluster-admin access policy.</summary>
    public bool IsClusterAdmin =>
        Groups.Contains("system:masters", StringComparer.Ordinal)
        || AccessPolicies.Any(p => p.EndsWith("/AmazonEKSClusterAdminPolicy", StringComparison.Ordinal));
}
