namespace MetaFence.Core.Posture;

/// <summary>
/// EC2 <c>MetadataOptions.HttpTokens</c>: whether IMDS answers without a session token (IMDSv1).
/// Source: AWS EC2 User Guide, "Configure the instance metadata options".
/// </summary>
public enum MetadataTokens
{
    /// <summary><c>optional</c>: IMDSv1 answers a plain GET, no token, no hop limit (the EC2 default for older AMIs).</summary>
    Optional,

    /// <summary><c>required</c>: IMDSv2 only; credentials need a token from <c>PUT /latest/api/token</c>.</summary>
    Required,
}
