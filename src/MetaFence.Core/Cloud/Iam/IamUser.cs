using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>An IAM user from <c>UserDetailList</c> (kept for completeness; the evaluator works on roles).</summary>
public sealed record IamUser
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public ImmutableArray<string> GroupNames { get; init; } = [];

    public ImmutableArray<string> AttachedPolicyArns { get; init; } = [];

    public ImmutableArray<IamInlinePolicy> InlinePolicies { get; init; } = [];
}
