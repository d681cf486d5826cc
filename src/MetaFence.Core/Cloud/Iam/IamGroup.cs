using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>An IAM group from <c>GroupDetailList</c> (kept for completeness; the evaluator works on roles).</summary>
public sealed record IamGroup
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public ImmutableArray<string> AttachedPolicyArns { get; init; } = [];

    public ImmutableArray<IamInlinePolicy> InlinePolicies { get; init; } = [];
}
