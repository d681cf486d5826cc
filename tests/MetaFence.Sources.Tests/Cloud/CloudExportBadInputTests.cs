using MetaFence.Core.Findings;
using MetaFence.Sources.Cloud;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary>Bad input is data: exports of the wrong kind, truncated JSON, unknown policy elements; messages asserted word for word.</summary>
public sealed class CloudExportBadInputTests
{
    [Fact]
    public void Should_say_what_the_file_looks_like_When_instances_are_fed_as_iam()
    {
        var export = AwsIamExportReader.Read(CloudTestData.Open("ec2-describe-instances.json"), "instances.json");

        Assert.False(export.IsUsable);
        Assert.Equal(
            "instances.json: document 1: .: this looks like aws ec2 describe-instances output, not aws iam get-account-authorization-details output; "
            + "expected the JSON output of aws iam get-account-authorization-details (RoleDetailList, Policies)",
            Assert.Single(export.Diagnostics).ToString());
    }

    [Fact]
    public void Should_say_what_the_file_looks_like_When_iam_is_fed_as_instances()
    {
        var export = AwsInstancesExportReader.Read(CloudTestData.Open("eks-account-authorization-details.json"), "iam.json");

        Assert.Equal(
            "iam.json: document 1: .: this looks like aws iam get-account-authorization-details output, not aws ec2 describe-instances output; "
            + "expected the JSON output of aws ec2 describe-instances (Reservations[].Instances[])",
            Assert.Single(export.Diagnostics).ToString());
    }

    [Fact]
    public void Should_say_what_the_file_looks_like_When_instances_are_fed_as_node_pools()
    {
        var export = GkeNodePoolExportReader.Read(CloudTestData.Open("ec2-describe-instances.json"), "instances.json");

        Assert.Equal(
            "instances.json: document 1: .: this looks like aws ec2 describe-instances output, not gcloud container node-pools output; "
            + "expected the JSON output of gcloud container node-pools describe or list --format=json",
            Assert.Single(export.Diagnostics).ToString());
    }

    [Fact]
    public void Should_report_where_the_json_ends_When_the_export_is_truncated()
    {
        var whole = File.ReadAllText(CloudTestData.Path("eks-account-authorization-details.json"));
        var lines = whole.Split('\n');
        var cut = string.Join('\n', lines.Take(40));

        var export = AwsIamExportReader.Read(CloudTestData.Text(cut), "cut.json");

        var diagnostic = Assert.Single(export.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Fatal, diagnostic.Severity);
        Assert.Matches(@"^cut\.json: document 1: .*: the JSON ends early at line 40, column \d+ \(truncated file\?\); expected the JSON output of aws iam get-account-authorization-details \(RoleDetailList, Policies\)$", diagnostic.ToString());
        Assert.False(export.IsUsable);
    }

    [Fact]
    public void Should_report_an_empty_file_When_there_is_no_json()
    {
        var export = AwsInstancesExportReader.Read(CloudTestData.Text(""), "empty.json");

        Assert.StartsWith("empty.json: document 1: .: the JSON ends early", Assert.Single(export.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_missing_file_When_the_path_does_not_exist()
    {
        var missing = CloudTestData.Path("no-such-export.json");

        var export = GkeNodePoolExportReader.Read(missing);

        var diagnostic = Assert.Single(export.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Fatal, diagnostic.Severity);
        Assert.StartsWith($"{missing}: document 1: .: cannot read the file (", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("); expected a readable file", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_warn_and_keep_what_is_safe_When_a_policy_has_unknown_elements()
    {
        var export = AwsIamExportReader.Read(CloudTestData.Open("iam-unknown-elements.json"), "odd.json");

        const string Doc = "odd.json: document 1: RoleDetailList[0].RolePolicyList[0].PolicyDocument";
        Assert.Equal(
        [
            $"{Doc}.Comment: unknown policy element 'Comment', ignored; expected one of Version, Id, Statement",
            $"{Doc}.Statement[0].Priority: unknown policy element 'Priority', ignored; expected one of Sid, Effect, Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Condition",
            $"{Doc}.Statement[1].Actions: unknown policy element 'Actions', ignored; expected one of Sid, Effect, Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Condition",
            $"{Doc}.Statement[1]: neither Action nor NotAction, the statement is ignored; expected Action or NotAction",
            $"{Doc}.Statement[2].Effect: 'allow', the statement is ignored; expected Allow or Deny (case-sensitive)",
        ], export.Diagnostics.Select(d => d.ToString()));
        Assert.True(export.IsUsable);
        var statement = Assert.Single(Assert.Single(export.Value.Roles).InlinePolicies[0].Document.Statements);
        Assert.Equal<string>(["s3:GetObject"], statement.Actions);
    }

    [Fact]
    public void Should_report_a_broken_encoded_document_When_it_does_not_decode_to_json()
    {
        const string Json = "{\"RoleDetailList\":[{\"RoleName\":\"r\",\"Arn\":\"arn:aws:iam::1:role/r\",\"RolePolicyList\":[{\"PolicyName\":\"p\",\"PolicyDocument\":\"%7B%22Version\"}]}]}";

        var export = AwsIamExportReader.Read(CloudTestData.Text(Json), "raw.json");

        Assert.Equal(
            "raw.json: document 1: RoleDetailList[0].RolePolicyList[0].PolicyDocument: a string that does not decode to JSON; expected a policy document (JSON object, or a URL-encoded JSON string)",
            Assert.Single(export.Diagnostics).ToString());
        Assert.Empty(Assert.Single(export.Value.Roles).InlinePolicies);
    }

    [Fact]
    public void Should_warn_about_one_page_When_the_export_is_truncated_by_paging()
    {
        const string Json = "{\"RoleDetailList\":[{\"RoleName\":\"r\",\"Arn\":\"arn:aws:iam::1:role/r\"}],\"IsTruncated\":true,\"Marker\":\"abc\"}";

        var export = AwsIamExportReader.Read(CloudTestData.Text(Json), "page.json");

        Assert.Equal(
            "page.json: document 1: IsTruncated: true: this is one page of the export, roles or policies may be missing; expected a complete export (the CLI pages by itself unless --max-items or --no-paginate is given)",
            Assert.Single(export.Diagnostics).ToString());
        Assert.True(export.IsUsable);
    }
}
