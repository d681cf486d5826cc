namespace MetaFence.Imds.Emulator.Aws;

/// <summary>
/// The part of the IMDS tree clients and attackers read: instance facts, the role credentials
/// and the identity document. Categories: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html#instancedata-data-categories.
/// No user data is set, so <c>/latest/user-data</c> is 404 as on an instance without it.
/// </summary>
internal static class AwsMetadataTree
{
    private const string MetaData = "/latest/meta-data/";

    public static MetadataTree Build(string role, TimeProvider time)
    {
        var started = time.GetUtcNow();
        return new MetadataTree()
            .Add("/", "latest")
            .Add("/latest/", "dynamic\nmeta-data")
            .Add("/latest/dynamic/instance-identity/document", () => AwsDocuments.IdentityDocument(started))
            .Add(MetaData + "ami-id", FakeIdentity.AwsImageId)
            .Add(MetaData + "ami-launch-index", "0")
            .Add(MetaData + "hostname", FakeIdentity.Hostname)
            .Add(MetaData + "iam/info", () => AwsDocuments.InstanceProfile(role, time.GetUtcNow()))
            .Add(MetaData + "iam/security-credentials/" + role, () => AwsDocuments.Credentials(time.GetUtcNow()))
            .Add(MetaData + "instance-id", FakeIdentity.AwsInstanceId)
            .Add(MetaData + "instance-type", "m5.large")
            .Add(MetaData + "local-hostname", FakeIdentity.Hostname)
            .Add(MetaData + "local-ipv4", FakeIdentity.PrivateIpv4)
            .Add(MetaData + "mac", "0e:00:00:00:fa:4e")
            .Add(MetaData + "placement/availability-zone", FakeIdentity.AwsAvailabilityZone)
            .Add(MetaData + "placement/region", FakeIdentity.AwsRegion)
            .Add(MetaData + "reservation-id", "r-0123456789abcdef0")
            .Add(MetaData + "security-groups", "metafence-fake-sg")
            .Add(MetaData + "services/domain", "amazonaws.com");
    }
}
