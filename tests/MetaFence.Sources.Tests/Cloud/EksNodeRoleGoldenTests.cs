using System.Globalization;
using System.Text;
using MetaFence.Core.Cloud.Eks;
using MetaFence.Core.Cloud.Iam;
using MetaFence.Sources.Cloud;
using MetaFence.Testing.Golden;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary>
/// The realistic EKS account end to end: instance profile, node role, its capabilities and its
/// Kubernetes identity, written as text and compared with <c>Golden/cloud/eks-node-role.txt</c>.
/// </summary>
public sealed class EksNodeRoleGoldenTests
{
    [Fact]
    public void Should_match_the_golden_blast_radius_When_evaluating_the_realistic_node_role()
    {
        var account = AwsIamExportReader.Read(CloudTestData.Path("eks-account-authorization-details.json")).Value;
        var instances = AwsInstancesExportReader.Read(CloudTestData.Path("ec2-describe-instances.json")).Value;
        var instance = instances[0];
        var role = Assert.Single(account.RolesOfInstanceProfile(instance.InstanceProfileArn!));

        var permissions = IamEvaluator.Evaluate(account, role.Arn);
        var identity = EksIdentityMapper.Map(role.Arn, privateDnsName: instance.PrivateDnsName);

        GoldenFile.Verify(Describe(permissions, identity), "cloud", "eks-node-role", "txt");
    }

    [Fact]
    public void Should_find_the_over_broad_inline_grants_When_evaluating_the_node_role()
    {
        var account = AwsIamExportReader.Read(CloudTestData.Path("eks-account-authorization-details.json")).Value;

        var ids = IamEvaluator.Evaluate(account, "prod-eks-node-role").Capabilities.Select(c => c.Id).ToList();

        Assert.Contains("data-s3-read", ids);
        Assert.Contains("privesc-passrole-any", ids);
        Assert.Contains("data-ecr-pull", ids);
        Assert.DoesNotContain("privesc-passrole-ec2", ids);
        Assert.DoesNotContain("infra-admin", ids);
    }

    private static string Describe(IamPermissions permissions, KubernetesIdentity? identity)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"role: {permissions.Role}");
        text.AppendLine("policies:");
        foreach (var source in permissions.PolicySources)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {source}");
        }

        text.AppendLine("capabilities:");
        foreach (var c in permissions.Capabilities)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.Severity,-8} {c.Class,-21} {c.Id}: {c.Title}{(c.Conditional ? " (conditional)" : "")}");
            text.AppendLine(CultureInfo.InvariantCulture, $"           actions: {string.Join(", ", c.Actions)} on {c.Resource}");
            text.AppendLine(CultureInfo.InvariantCulture, $"           granted by: {string.Join("; ", c.GrantedBy)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"           source: {c.Source}");
            foreach (var note in c.Notes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"           note: {note}");
            }
        }

        text.AppendLine("notes:");
        foreach (var note in permissions.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {note}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"kubernetes: {identity?.Username} [{string.Join(", ", identity?.Groups ?? [])}] via {identity?.Via}: {identity?.Mapping}");
        return text.ToString();
    }
}
