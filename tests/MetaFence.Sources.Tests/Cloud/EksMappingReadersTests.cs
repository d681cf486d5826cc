using MetaFence.Core.Cloud.Eks;
using MetaFence.Sources.Cloud;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary>The inputs of the EKS chain: the aws-auth ConfigMap and EKS access entries (testdata/cloud).</summary>
public sealed class EksMappingReadersTests
{
    private const string NodeRole = "arn:aws:iam::111122223333:role/prod-eks-node-role";

    [Fact]
    public void Should_read_map_roles_and_report_a_broken_entry_When_given_the_aws_auth_configmap()
    {
        var export = AwsAuthConfigMapReader.ReadText(File.ReadAllText(CloudTestData.Path("aws-auth-configmap.yaml")), "aws-auth.yaml");

        Assert.Equal(
            "aws-auth.yaml: document 1: data.mapRoles[2]: an entry without rolearn, ignored; expected rolearn, username and groups",
            Assert.Single(export.Diagnostics).ToString());
        Assert.Equal(2, export.Value.Length);
        var identity = EksIdentityMapper.Map(NodeRole, export.Value, privateDnsName: "ip-10-0-1-23.ec2.internal");
        Assert.Equal("system:node:ip-10-0-1-23.ec2.internal", identity?.Username);
        Assert.Equal<string>(["system:bootstrappers", "system:nodes"], identity!.Groups);
        Assert.True(EksIdentityMapper.Map("arn:aws:iam::111122223333:role/platform-admins", export.Value)?.IsClusterAdmin);
    }

    [Fact]
    public void Should_read_json_too_When_the_configmap_was_exported_with_o_json()
    {
        var json = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"data\":{\"mapRoles\":\"- rolearn: arn:aws:iam::1:role/n\\n  username: system:node:{{EC2PrivateDNSName}}\\n  groups: [system:nodes]\\n\"}}";

        var export = AwsAuthConfigMapReader.ReadText(json, "aws-auth.json");

        Assert.Empty(export.Diagnostics);
        Assert.Equal<string>(["system:nodes"], Assert.Single(export.Value).Groups);
    }

    [Fact]
    public void Should_say_so_When_the_file_is_not_a_configmap()
    {
        var export = AwsAuthConfigMapReader.ReadText("apiVersion: v1\nkind: Secret\n", "secret.yaml");

        Assert.Equal(
            "secret.yaml: document 1: kind: 'Secret'; expected the aws-auth ConfigMap (kubectl get configmap aws-auth -n kube-system -o yaml) with data.mapRoles",
            Assert.Single(export.Diagnostics).ToString());
        Assert.False(export.IsUsable);
    }

    [Fact]
    public void Should_merge_access_policies_into_entries_When_both_outputs_are_in_one_array()
    {
        var export = EksAccessEntriesReader.Read(CloudTestData.Path("eks-access-entries.json"));

        Assert.Empty(export.Diagnostics);
        Assert.Equal(2, export.Value.Length);
        var deployer = EksIdentityMapper.Map("arn:aws:iam::111122223333:role/ci/prod-app-deployer", accessEntries: export.Value, sessionName: "gha-run-42");
        Assert.Equal(("arn:aws:sts::111122223333:assumed-role/prod-app-deployer/gha-run-42", true), (deployer?.Username, deployer?.IsClusterAdmin));
        var node = EksIdentityMapper.Map(NodeRole, accessEntries: export.Value);
        Assert.Equal((EksIdentitySource.AccessEntry, true), (node?.Via, node?.IsNode));
    }

    [Fact]
    public void Should_say_what_it_is_When_an_item_is_not_an_access_entry()
    {
        var export = EksAccessEntriesReader.Read(CloudTestData.Text("[{\"Reservations\":[]}]"), "entries.json");

        Assert.Equal(
        [
            "entries.json: document 1: [0]: this looks like aws ec2 describe-instances output, ignored; expected the JSON output of aws eks describe-access-entry (or a JSON array of them, with list-associated-access-policies outputs)",
            "entries.json: document 1: .: no access entries could be read; expected the JSON output of aws eks describe-access-entry (or a JSON array of them, with list-associated-access-policies outputs)",
        ], export.Diagnostics.Select(d => d.ToString()));
    }
}
