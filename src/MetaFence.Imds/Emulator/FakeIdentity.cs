namespace MetaFence.Imds.Emulator;

/// <summary>
/// The identifiers and secrets the emulator hands out: visibly fake (DESIGN "Safety while
/// developing"), shaped like the real ones so clients parse them. IDs are the providers'
/// own documentation examples; secrets say METAFENCE and FAKE.
/// </summary>
public static class FakeIdentity
{
    // AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (20-character access key ID,
    // "ASIA" for temporary credentials; 40-character secret). The account and instance IDs are AWS's examples.
    public const string AwsAccessKeyId = "ASIAMETAFENCEFAKE000";

    public const string AwsSecretAccessKey = "metafence/FAKE/secret/key/not/real/00000";

    public const string AwsSessionToken = "METAFENCE-FAKE-SESSION-TOKEN-this-is-not-a-real-aws-session-token";

    public const string AwsAccountId = "123456789012";

    public const string AwsInstanceId = "i-0123456789abcdef0";

    public const string AwsImageId = "ami-0abcdef1234567890";

    public const string AwsRegion = "us-east-1";

    public const string AwsAvailabilityZone = "us-east-1a";

    public const string PrivateIpv4 = "10.0.0.10";

    public const string GcpProject = "metafence-fake-project";

    public const string GcpProjectNumber = "123456789012";

    public const string GcpAccessToken = "METAFENCE-FAKE-GCP-ACCESS-TOKEN-not-a-real-oauth-token";

    public const string AzureSubscription = "00000000-0000-0000-0000-000000000000";

    public const string AzureVmId = "00000000-0000-0000-0000-0000000000fa";

    public const string AzureClientId = "00000000-0000-0000-0000-0000000000fb";

    public const string AzureAccessToken = "METAFENCE-FAKE-AZURE-ACCESS-TOKEN-not-a-real-jwt";

    public const string Hostname = "ip-10-0-0-10.ec2.internal";
}
