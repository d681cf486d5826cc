namespace MetaFence.Core.Cloud;

/// <summary>
/// An instance's <c>MetadataOptions</c> as <c>aws ec2 describe-instances</c> prints them
/// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsResponse.html).
/// Values stay as AWS spells them; null when the export leaves a field out.
/// </summary>
public sealed record AwsMetadataOptions
{
    /// <summary><c>optional</c> (IMDSv1 allowed) or <c>required</c> (IMDSv2 only).</summary>
    public string? HttpTokens { get; init; }

    /// <summary>The PUT response hop limit, 1–64: 1 keeps the token on the node, 2 lets it reach containers.</summary>
    public int? HttpPutResponseHopLimit { get; init; }

    /// <summary><c>enabled</c> or <c>disabled</c>.</summary>
    public string? HttpEndpoint { get; init; }

    /// <summary><c>enabled</c> or <c>disabled</c>: the IPv6 endpoint fd00:ec2::254.</summary>
    public string? HttpProtocolIpv6 { get; init; }

    /// <summary><c>enabled</c> or <c>disabled</c>: instance tags readable from the metadata service.</summary>
    public string? InstanceMetadataTags { get; init; }

    /// <summary><c>pending</c> or <c>applied</c>: a change may not be in force yet.</summary>
    public string? State { get; init; }

    public bool TokensRequired => string.Equals(HttpTokens, "required", StringComparison.OrdinalIgnoreCase);

    public bool EndpointDisabled => string.Equals(HttpEndpoint, "disabled", StringComparison.OrdinalIgnoreCase);

    public bool Ipv6Enabled => string.Equals(HttpProtocolIpv6, "enabled", StringComparison.OrdinalIgnoreCase);
}
