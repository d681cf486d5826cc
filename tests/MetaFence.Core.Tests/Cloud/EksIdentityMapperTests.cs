using System.Collections.Immutable;
using MetaFence.Core.Cloud.Eks;

namespace MetaFence.Core.Tests.Cloud;

/// <summary>The EKS chain's last link: a node role's credentials become a Kubernetes identity through aws-auth or access entries.</summary>
public sealed class EksIdentityMapperTests
{
    private const string NodeRole = "arn:aws:iam::111122223333:role/prod-eks-node-role";
    private const string Dns = "ip-10-0-1-23.ec2.internal";

    private static readonly ImmutableArray<AwsAuthRoleMapping> AwsAuth =
    [
        new() { RoleArn = "arn:aws:iam::111122223333:role/ops-admin", Username = "ops:{{SessionName}}", Groups = ["system:masters"] },
        new() { RoleArn = NodeRole, Username = "system:node:{{EC2PrivateDNSName}}", Groups = ["system:bootstrappers", "system:nodes"] },
    ];

    [Fact]
    public void Should_map_the_node_role_to_system_node_When_aws_auth_lists_it()
    {
        var identity = EksIdentityMapper.Map(NodeRole, AwsAuth, privateDnsName: Dns);

        Assert.NotNull(identity);
        Assert.Equal($"system:node:{Dns}", identity.Username);
        Assert.Equal<string>(["system:bootstrappers", "system:nodes"], identity.Groups);
        Assert.Equal(EksIdentitySource.AwsAuth, identity.Via);
        Assert.Equal("aws-auth mapRoles[1] (rolearn arn:aws:iam::111122223333:role/prod-eks-node-role)", identity.Mapping);
        Assert.True(identity.IsNode);
        Assert.False(identity.IsClusterAdmin);
    }

    [Fact]
    public void Should_compare_without_the_path_When_the_role_has_one()
    {
        // aws-auth does not support role paths (EKS user guide, aws-auth ConfigMap).
        var identity = EksIdentityMapper.Map("arn:aws:iam::111122223333:role/eks/nodes/prod-eks-node-role", AwsAuth);

        Assert.Equal(EksIdentitySource.AwsAuth, identity?.Via);
    }

    [Fact]
    public void Should_map_the_assumed_role_arn_When_given_the_credentials_identity()
    {
        var identity = EksIdentityMapper.Map("arn:aws:sts::111122223333:assumed-role/ops-admin/alice", AwsAuth, sessionName: "alice");

        Assert.Equal(("ops:alice", true), (identity?.Username, identity?.IsClusterAdmin));
    }

    [Fact]
    public void Should_prefer_the_access_entry_When_both_mappings_list_the_role()
    {
        // "priority given to the access entry APIs" (EKS user guide, grant access to Kubernetes APIs).
        ImmutableArray<EksAccessEntry> entries = [new() { PrincipalArn = NodeRole, Type = "EC2_LINUX" }];

        var identity = EksIdentityMapper.Map(NodeRole, AwsAuth, entries, privateDnsName: Dns);

        Assert.Equal(EksIdentitySource.AccessEntry, identity?.Via);
        Assert.Equal($"system:node:{Dns}", identity?.Username);
        Assert.Equal<string>(["system:nodes"], identity!.Groups);
    }

    [Fact]
    public void Should_carry_access_policies_When_a_standard_entry_maps_the_role()
    {
        ImmutableArray<EksAccessEntry> entries =
        [
            new()
            {
                PrincipalArn = NodeRole,
                Type = "STANDARD",
                AccessPolicies = ["arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"],
            },
        ];

        var identity = EksIdentityMapper.Map(NodeRole, accessEntries: entries, sessionName: "i-0a1b2c3d4e5f60001");

        Assert.Equal("arn:aws:sts::111122223333:assumed-role/prod-eks-node-role/i-0a1b2c3d4e5f60001", identity?.Username);
        Assert.True(identity?.IsClusterAdmin);
    }

    [Fact]
    public void Should_return_no_identity_When_the_mappings_are_given_and_none_matches()
    {
        Assert.Null(EksIdentityMapper.Map("arn:aws:iam::111122223333:role/unmapped", AwsAuth, []));
    }

    [Fact]
    public void Should_assume_the_usual_node_mapping_and_say_so_When_no_mapping_is_in_the_input()
    {
        var identity = EksIdentityMapper.Map(NodeRole);

        Assert.NotNull(identity);
        Assert.Equal((EksIdentitySource.Assumed, "system:node:{{EC2PrivateDNSName}}"), (identity.Via, identity.Username));
        Assert.Equal<string>(["the username keeps a template (system:node:{{EC2PrivateDNSName}}): the value is set when the credentials are used"], identity.Notes);
    }
}
