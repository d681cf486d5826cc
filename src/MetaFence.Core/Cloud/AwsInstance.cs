using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Cloud;

/// <summary>
/// One EC2 instance from <c>aws ec2 describe-instances</c> (<c>Reservations[].Instances[]</c>,
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html): its metadata
/// options, instance profile and the fields that match it to a Kubernetes node.
/// </summary>
public sealed record AwsInstance
{
    public required string InstanceId { get; init; }

    /// <summary><c>State.Name</c>: <c>running</c>, <c>stopped</c>, …</summary>
    public string? State { get; init; }

    public string? PrivateDnsName { get; init; }

    public string? PrivateIpAddress { get; init; }

    /// <summary><c>Placement.AvailabilityZone</c>, e.g. <c>us-east-1a</c>.</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary><c>IamInstanceProfile.Arn</c>; null when the instance has no profile.</summary>
    public string? InstanceProfileArn { get; init; }

    /// <summary><c>IamInstanceProfile.Id</c>.</summary>
    public string? InstanceProfileId { get; init; }

    /// <summary>Null when the export has no <c>MetadataOptions</c>.</summary>
    public AwsMetadataOptions? MetadataOptions { get; init; }

    public ImmutableSortedDictionary<string, string> Tags { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Where the instance was read (file, document 1, <c>Reservations[r].Instances[i]</c>).</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// The Kubernetes <c>spec.providerID</c> the AWS cloud provider gives this instance's node:
    /// <c>aws:///us-east-1a/i-0123…</c>; null without an availability zone.
    /// </summary>
    public string? ProviderId => AvailabilityZone is null ? null : $"aws:///{AvailabilityZone}/{InstanceId}";
}
