using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads <c>aws iam get-account-authorization-details</c> JSON (the format PMapper and
/// Cloudsplaining read; https://docs.aws.amazon.com/cli/latest/reference/iam/get-account-authorization-details.html):
/// <c>RoleDetailList</c>, <c>UserDetailList</c>, <c>GroupDetailList</c>, <c>Policies</c>. Policy
/// documents may be JSON objects (the CLI decodes them) or URL-encoded strings (the raw API).
/// Never throws on bad input: problems are diagnostics and whatever can be read is returned.
/// </summary>
public static partial class AwsIamExportReader
{
    public const string Expected = "the JSON output of aws iam get-account-authorization-details (RoleDetailList, Policies)";

    public static CloudExport<IamAccount> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ExportProblems(path);
        using var document = ExportDocument.Open(path, problems, Expected);
        return Read(document, problems);
    }

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="name"/> is the file name diagnostics show.</summary>
    public static CloudExport<IamAccount> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new ExportProblems(name);
        using var document = ExportDocument.Parse(stream, problems, Expected);
        return Read(document, problems);
    }

    private static CloudExport<IamAccount> Read(JsonDocument? document, ExportProblems problems)
    {
        if (document is null)
        {
            return new CloudExport<IamAccount>(IamAccount.Empty, problems.ToImmutable(), false);
        }

        var root = document.RootElement;
        var kind = ExportKind.Describe(root);
        if (kind != ExportKind.IamAuthorizationDetails)
        {
            problems.Fatal("", $"this looks like {kind}, not {ExportKind.IamAuthorizationDetails}", Expected);
            return new CloudExport<IamAccount>(IamAccount.Empty, problems.ToImmutable(), false);
        }

        var fields = new JsonFields(problems);
        if (fields.Boolean(root, "", "IsTruncated") == true)
        {
            problems.Warning("IsTruncated", "true: this is one page of the export, roles or policies may be missing",
                "a complete export (the CLI pages by itself unless --max-items or --no-paginate is given)");
        }

        var documents = new PolicyDocumentReader(fields);
        var roles = fields.Items(root, "", "RoleDetailList").Select(r => ReadRole(r.Item, r.Path, fields, documents)).OfType<IamRole>().ToImmutableArray();
        var account = new IamAccount
        {
            Roles = [.. roles.OrderBy(r => r.Arn, StringComparer.Ordinal)],
            InstanceProfiles = InstanceProfiles(root, fields),
            Policies = [.. fields.Items(root, "", "Policies").Select(p => ReadPolicy(p.Item, p.Path, fields, documents)).OfType<IamManagedPolicy>()
                .OrderBy(p => p.Arn, StringComparer.Ordinal)],
            Users = [.. fields.Items(root, "", "UserDetailList").Select(u => ReadUser(u.Item, u.Path, fields, documents)).OfType<IamUser>()
                .OrderBy(u => u.Arn, StringComparer.Ordinal)],
            Groups = [.. fields.Items(root, "", "GroupDetailList").Select(g => ReadGroup(g.Item, g.Path, fields, documents)).OfType<IamGroup>()
                .OrderBy(g => g.Arn, StringComparer.Ordinal)],
        };
        var hasData = !account.Roles.IsEmpty || !account.Policies.IsEmpty || !account.Users.IsEmpty || !account.Groups.IsEmpty;
        if (!hasData)
        {
            problems.Error("", "no roles, users, groups or managed policies could be read", Expected);
        }

        return new CloudExport<IamAccount>(account, problems.ToImmutable(), hasData);
    }
}
