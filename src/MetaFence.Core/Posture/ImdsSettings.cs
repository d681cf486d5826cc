namespace MetaFence.Core.Posture;

/// <summary>
/// An EC2 instance's metadata options as <c>aws ec2 describe-instances</c> reports them
/// (<c>Reservations[].Instances[].MetadataOptions</c>). Source: AWS EC2 User Guide, "Configure the
/// instance metadata options"; EC2 API reference <c>InstanceMetadataOptionsResponse</c>.
/// </summary>
public sealed record ImdsSettings
{
    /// <summary><c>HttpEndpoint</c> is <c>enabled</c> (the default); disabled means IMDS answers nobody.</summary>
    public bool Enabled { get; init; } = true;

    public MetadataTokens Tokens { get; init; } = MetadataTokens.Optional;

    /// <summary>
    /// <c>HttpPutResponseHopLimit</c>: the IP TTL of the token reply (1–64). It limits IMDSv2 token
    /// replies only: IMDSv1 answers travel any distance.
    /// </summary>
    public int HopLimit { get; init; } = 1;

    /// <summary><c>HttpProtocolIpv6</c> is <c>enabled</c>: IMDS also answers at <c>fd00:ec2::254</c> (Nitro).</summary>
    public bool Ipv6Enabled { get; init; }

    /// <summary><c>InstanceMetadataTags</c> is <c>enabled</c>: instance tags are readable from IMDS.</summary>
    public bool TagsEnabled { get; init; }
}
