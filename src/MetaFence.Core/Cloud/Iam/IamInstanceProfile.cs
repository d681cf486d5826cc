using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>An instance profile: what an EC2 instance carries, holding (at most) one role.</summary>
public sealed record IamInstanceProfile
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public ImmutableArray<string> RoleArns { get; init; } = [];
}
