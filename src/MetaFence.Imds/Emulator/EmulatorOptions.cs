namespace MetaFence.Imds.Emulator;

/// <summary>
/// How <c>metafence imds serve</c> behaves. <see cref="HopLimit"/> is the AWS
/// <c>HttpPutResponseHopLimit</c> (1–64, default 1): the IP TTL of the IMDSv2 token reply.
/// </summary>
public sealed record EmulatorOptions
{
    public const int MinHopLimit = 1;

    public const int MaxHopLimit = 64;

    public const string DefaultRole = "metafence-fake-node-role";

    public CloudProvider Provider { get; init; } = CloudProvider.Aws;

    public TokenRequirement Imdsv2 { get; init; } = TokenRequirement.Optional;

    public int HopLimit { get; init; } = 1;

    /// <summary>The IAM role (AWS), service account name (GCP) or identity name (Azure) the fake credentials belong to.</summary>
    public string Role { get; init; } = DefaultRole;
}
