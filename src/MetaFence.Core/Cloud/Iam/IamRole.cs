using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// An IAM role from <c>RoleDetailList</c>: attached managed policies, inline policies, the instance
/// profiles that carry it and its trust policy (<c>AssumeRolePolicyDocument</c>).
/// </summary>
public sealed record IamRole
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public string Path { get; init; } = "/";

    public ImmutableArray<string> InstanceProfileArns { get; init; } = [];

    public ImmutableArray<string> AttachedPolicyArns { get; init; } = [];

    public ImmutableArray<IamInlinePolicy> InlinePolicies { get; init; } = [];

    public IamPolicyDocument? TrustPolicy { get; init; }

    /// <summary>The permissions boundary's ARN when one is set; not evaluated (reported as out of scope).</summary>
    public string? PermissionsBoundaryArn { get; init; }
}
