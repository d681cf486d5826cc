using MetaFence.Core.Cloud;
using MetaFence.Core.Posture;
using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Posture.PostureWorld;

namespace MetaFence.Core.Tests.Posture;

public sealed class NodePostureJoinTests
{
    private const string CloudProviderAws = "kubernetes/cloud-provider-aws pkg/providers/v1/instances.go MapToAWSInstanceID: the last path segment, ^i-[^/]*$";

    /// <summary>A provider id and the instance id the AWS cloud provider reads from it.</summary>
    public sealed record IdRow(string? ProviderId, string? Expected, string Source)
    {
        public override string ToString() => $"{ProviderId ?? "null"} → {Expected ?? "null"}";
    }

    public static TheoryData<IdRow> Ids() =>
    [
        new("aws:///us-east-1a/i-0abc123", "i-0abc123", CloudProviderAws + " (zone/instance form)"),
        new("aws:////i-0abc123", "i-0abc123", CloudProviderAws + " (no zone)"),
        new("aws:///us-east-1a/fargate-ip-10-0-1-2.ec2.internal", null, CloudProviderAws + ": Fargate nodes are not EC2 instances"),
        new("gce://project/us-central1-a/node-1", null, "another cloud's scheme"),
        new(null, null, "no providerID"),
    ];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Should_read_the_instance_id_When_a_node_has_an_aws_provider_id(IdRow row) =>
        Assert.Equal(row.Expected, AwsProviderId.InstanceId(row.ProviderId));

    [Fact]
    public void Should_match_by_provider_id_and_reach_the_role_through_the_instance_profile_When_both_exports_are_given()
    {
        var posture = NodePostureJoin.Build(Yaml.Load(Nodes), new PostureInput { Instances = Instances("required", 2), Iam = Iam("s3:GetObject") });

        var node = posture.Node("n1");
        Assert.NotNull(node);
        Assert.Equal((NodeCloud.Aws, "i-0000000000000001", "us-east-1", "general", true), (node.Cloud, node.Instance, node.Region, node.Group, node.IsEksManagedNodeGroup));
        Assert.Equal(new ImdsSettings { Tokens = MetadataTokens.Required, HopLimit = 2 }, node.Imds);
        Assert.Equal(Role("node"), node.Identity?.Name);
        Assert.True(posture.GrantOf(node)?.Known);
    }

    [Fact]
    public void Should_match_by_private_dns_name_and_say_no_credentials_When_the_node_has_no_provider_id_and_the_instance_no_profile()
    {
        var posture = NodePostureJoin.Build(Yaml.Load(Nodes), new PostureInput { Instances = Instances("optional", 1) });

        var node = posture.Node("ip-10-0-0-2.ec2.internal");
        Assert.Equal((NodeCloud.Aws, (NodeIdentity?)null), (node?.Cloud, node?.Identity));
        Assert.Equal(["instance i-0000000000000002 has no instance profile: IMDS hands out no role credentials (user data and instance identity remain readable)"], node?.Notes);
    }

    [Fact]
    public void Should_keep_the_node_unknown_with_the_reason_When_its_instance_is_not_in_the_export()
    {
        var posture = NodePostureJoin.Build(Yaml.Load(Nodes), new PostureInput { Instances = Instances("optional", 1) });

        var node = posture.Node("lost");
        Assert.Equal(NodeCloud.Unknown, node?.Cloud);
        Assert.Equal(["instance i-00000000000000ff is not in the EC2 export"], node?.Notes);
    }

    [Fact]
    public void Should_name_the_profile_and_say_the_role_is_unknown_When_no_iam_export_is_given()
    {
        var posture = NodePostureJoin.Build(Yaml.Load(Nodes), new PostureInput { Instances = Instances("optional", 1) });

        var node = posture.Node("n1");
        Assert.Equal(Profile("node"), node?.Identity?.Name);
        Assert.Contains($"no --aws-iam export: the role behind {Profile("node")} is unknown", node?.Notes ?? []);
        Assert.False(posture.Grants[Profile("node")].Known);
    }

    [Fact]
    public void Should_match_gke_nodes_by_their_pool_label_When_node_pools_are_given()
    {
        var snapshot = Yaml.Load("""
            apiVersion: v1
            kind: Node
            metadata: {name: g1, labels: {cloud.google.com/gke-nodepool: default-pool}}
            spec: {providerID: "gce://p/us-central1-a/g1"}
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: g2, labels: {cloud.google.com/gke-nodepool: gone}}
            """);
        var pools = new GkeNodePool[]
        {
            new() { Name = "default-pool", WorkloadMetadataMode = GkeWorkloadMetadataMode.GceMetadata, DisableLegacyEndpoints = false, OAuthScopes = ["https://www.googleapis.com/auth/cloud-platform"] },
        };

        var posture = NodePostureJoin.Build(snapshot, new PostureInput { NodePools = [.. pools] });

        Assert.Equal((NodeCloud.Gcp, GkeWorkloadMetadataMode.GceMetadata, true, "default"),
            (posture.Node("g1")?.Cloud, posture.Node("g1")?.GkeMode, posture.Node("g1")?.LegacyEndpointsEnabled, posture.Node("g1")?.Identity?.Name));
        Assert.Equal(["node pool gone is not in the GKE node pool export"], posture.Node("g2")?.Notes);
    }
}
