using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Eks;

/// <summary>
/// One entry of the <c>aws-auth</c> ConfigMap's <c>mapRoles</c>: <c>rolearn</c>, <c>username</c>
/// (may hold templates such as <c>{{EC2PrivateDNSName}}</c>) and <c>groups</c>
/// (https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html).
/// </summary>
public sealed record AwsAuthRoleMapping
{
    public required string RoleArn { get; init; }

    public string Username { get; init; } = "";

    public ImmutableArray<string> Groups { get; init; } = [];
}
