using MetaFence.Core.Cloud.Iam;
using MetaFence.Sources.Cloud;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary><c>aws iam get-account-authorization-details</c> as the CLI prints it (testdata/cloud/eks-account-authorization-details.json).</summary>
public sealed class AwsIamExportReaderTests
{
    private const string NodeRole = "arn:aws:iam::111122223333:role/prod-eks-node-role";
    private const string Deployer = "arn:aws:iam::111122223333:role/ci/prod-app-deployer";
    private static readonly CloudExport<IamAccount> Export = AwsIamExportReader.Read(CloudTestData.Path("eks-account-authorization-details.json"));

    [Fact]
    public void Should_read_every_list_without_diagnostics_When_given_a_realistic_export()
    {
        Assert.Empty(Export.Diagnostics);
        Assert.True(Export.IsUsable);
        Assert.Equal<string>([Deployer, NodeRole], Export.Value.Roles.Select(r => r.Arn));
        Assert.Equal(5, Export.Value.Policies.Length);
        Assert.Equal("break-glass", Assert.Single(Export.Value.Users).Name);
        Assert.Equal<string>(["admins"], Assert.Single(Export.Value.Users).GroupNames);
        Assert.Equal<string>(["arn:aws:iam::aws:policy/AdministratorAccess"], Assert.Single(Export.Value.Groups).AttachedPolicyArns);
    }

    [Fact]
    public void Should_read_the_node_role_When_it_has_managed_inline_profile_and_trust()
    {
        var role = Export.Value.FindRole("prod-eks-node-role");

        Assert.NotNull(role);
        Assert.Equal<string>(
            ["arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly", "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"],
            role.AttachedPolicyArns);
        var inline = Assert.Single(role.InlinePolicies);
        Assert.Equal(("node-extras", 4), (inline.Name, inline.Document.Statements.Length));
        Assert.Equal("inline policy node-extras on role prod-eks-node-role (statement 2, Sid LaunchHelpers)", inline.Document.Statements[1].Source);
        Assert.Equal<string>(["Service:ec2.amazonaws.com"], Assert.Single(role.TrustPolicy!.Statements).Principals);
        var profile = Assert.Single(Export.Value.InstanceProfiles);
        Assert.Equal<string>([NodeRole], profile.RoleArns);
        Assert.Equal<string>([NodeRole], Export.Value.RolesOfInstanceProfile(profile.Arn).Select(r => r.Arn));
    }

    [Fact]
    public void Should_use_only_the_default_version_When_a_policy_has_several()
    {
        // IAM user guide, versioning IAM policies: AWS checks the default version; v1 (iam:*) is not in force.
        var policy = Export.Value.FindPolicy("arn:aws:iam::111122223333:policy/prod-deployer");

        Assert.Equal("v2", policy?.DefaultVersionId);
        Assert.Equal<string>(["v1"], policy!.OtherVersionIds);
        Assert.False(IamEvaluator.IsAllowed(Export.Value, Deployer, "iam:CreateUser", "*"));
        Assert.True(IamEvaluator.IsAllowed(Export.Value, Deployer, "ecr:PutImage", "*"));
    }

    [Fact]
    public void Should_keep_the_condition_text_When_a_trust_policy_has_one()
    {
        var trust = Assert.Single(Export.Value.FindRole(Deployer)!.TrustPolicy!.Statements);

        Assert.True(trust.HasConditions);
        Assert.StartsWith("{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"}", trust.ConditionText, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_decode_url_encoded_documents_When_the_export_comes_from_the_raw_api()
    {
        // GetAccountAuthorizationDetails: "Policies returned by this operation are URL-encoded compliant with RFC 3986".
        var export = AwsIamExportReader.Read(CloudTestData.Path("iam-url-encoded.json"));

        Assert.Empty(export.Diagnostics);
        var role = Assert.Single(export.Value.Roles);
        Assert.Equal<string>(["Service:ec2.amazonaws.com"], Assert.Single(role.TrustPolicy!.Statements).Principals);
        Assert.True(IamEvaluator.Evaluate(export.Value, role.Arn).IsAdministrator);
    }

    [Theory]
    [InlineData("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}", "IAM Statement element: one object")]
    [InlineData("[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":[\"*\"]}]", "IAM Statement element: an array; Action and Resource as arrays")]
    public void Should_read_the_statement_When_written_as_object_or_array(string statement, string source)
    {
        var json = $"{{\"RoleDetailList\":[{{\"RoleName\":\"r\",\"Arn\":\"arn:aws:iam::1:role/r\",\"RolePolicyList\":[{{\"PolicyName\":\"p\",\"PolicyDocument\":{{\"Version\":\"2012-10-17\",\"Statement\":{statement}}}}}]}}]}}";

        var export = AwsIamExportReader.Read(CloudTestData.Text(json), "inline.json");

        Assert.True(export.Diagnostics.IsEmpty, source);
        Assert.True(IamEvaluator.IsAllowed(export.Value, "r", "s3:GetObject", "arn:aws:s3:::b/k"), source);
    }
}
