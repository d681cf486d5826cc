using MetaFence.Core.Cloud;
using MetaFence.Sources.Cloud;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary><c>aws ec2 describe-instances</c> with three reservations (testdata/cloud/ec2-describe-instances.json).</summary>
public sealed class AwsInstancesExportReaderTests
{
    private static readonly CloudExport<System.Collections.Immutable.ImmutableArray<AwsInstance>> Export =
        AwsInstancesExportReader.Read(CloudTestData.Path("ec2-describe-instances.json"));

    [Fact]
    public void Should_read_instances_from_every_reservation_When_there_are_several()
    {
        Assert.Empty(Export.Diagnostics);
        Assert.Equal<string>(["i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "i-0a1b2c3d4e5f60003", "i-0a1b2c3d4e5f60004"], Export.Value.Select(i => i.InstanceId));
        Assert.Equal("Reservations[1].Instances[0]", Export.Value[2].Location?.Path);
    }

    [Fact]
    public void Should_read_the_metadata_options_When_the_instance_has_them()
    {
        var first = Export.Value[0].MetadataOptions;
        var legacy = Export.Value[2].MetadataOptions;

        Assert.Equal(("required", 2, "enabled", "disabled", "disabled", "applied"),
            (first?.HttpTokens, first?.HttpPutResponseHopLimit, first?.HttpEndpoint, first?.HttpProtocolIpv6, first?.InstanceMetadataTags, first?.State));
        Assert.True(first!.TokensRequired);
        Assert.False(legacy!.TokensRequired);
        Assert.True(Export.Value[1].MetadataOptions!.Ipv6Enabled);
    }

    [Fact]
    public void Should_read_the_node_matching_fields_When_matching_instances_to_nodes()
    {
        var instance = Export.Value[0];

        Assert.Equal("aws:///us-east-1a/i-0a1b2c3d4e5f60001", instance.ProviderId);
        Assert.Equal(("ip-10-0-1-23.ec2.internal", "10.0.1.23", "running"), (instance.PrivateDnsName, instance.PrivateIpAddress, instance.State));
        Assert.Equal("arn:aws:iam::111122223333:instance-profile/eks-prod-ng-general-4ac5e8b0", instance.InstanceProfileArn);
        Assert.Equal("general", instance.Tags["eks:nodegroup-name"]);
    }

    [Fact]
    public void Should_leave_the_profile_empty_When_an_instance_has_none()
    {
        var bastion = Export.Value[3];

        Assert.Null(bastion.InstanceProfileArn);
        Assert.Equal("bastion", bastion.Tags["Name"]);
    }

    [Fact]
    public void Should_accept_the_flat_array_When_queried_with_reservations_instances()
    {
        var json = "[{\"InstanceId\":\"i-1\",\"Placement\":{\"AvailabilityZone\":\"eu-west-1b\"}},{\"InstanceId\":\"i-2\"}]";

        var export = AwsInstancesExportReader.Read(CloudTestData.Text(json), "flat.json");

        Assert.Empty(export.Diagnostics);
        Assert.Equal<string?>(["aws:///eu-west-1b/i-1", null], export.Value.Select(i => i.ProviderId));
    }

    [Fact]
    public void Should_skip_an_instance_and_say_where_When_it_has_no_instance_id_or_a_bad_hop_limit()
    {
        var json = "{\"Reservations\":[{\"Instances\":[{\"State\":{\"Name\":\"running\"}},{\"InstanceId\":\"i-3\",\"MetadataOptions\":{\"HttpPutResponseHopLimit\":\"two\"}}]}]}";

        var export = AwsInstancesExportReader.Read(CloudTestData.Text(json), "bad.json");

        Assert.Equal(
        [
            "bad.json: document 1: Reservations[0].Instances[0].InstanceId: missing; expected a string",
            "bad.json: document 1: Reservations[0].Instances[1].MetadataOptions.HttpPutResponseHopLimit: a string (\"two\"); expected an integer",
        ], export.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("i-3", Assert.Single(export.Value).InstanceId);
        Assert.True(export.IsUsable);
    }
}
