using System.Collections.Immutable;
using MetaFence.Core.Cloud;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Core.Posture;

/// <summary>The cloud exports read for the posture join; a null list means that export was not given.</summary>
public sealed record PostureInput
{
    public ImmutableArray<AwsInstance>? Instances { get; init; }

    public IamAccount? Iam { get; init; }

    public ImmutableArray<GkeNodePool>? NodePools { get; init; }

    public ImmutableArray<AksCluster>? AksClusters { get; init; }

    public PodNetworkHops Hops { get; init; } = PodNetworkHops.Default;
}
