using System.Text.Json;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Managed policies: only the default version is in force
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html);
/// it is the version with <c>IsDefaultVersion</c> true, which should agree with <c>DefaultVersionId</c>.
/// </summary>
public static partial class AwsIamExportReader
{
    private static IamManagedPolicy? ReadPolicy(JsonElement policy, string path, JsonFields fields, PolicyDocumentReader documents)
    {
        var arn = fields.String(policy, path, "Arn", required: true);
        if (arn is null)
        {
            return null;
        }

        var name = fields.String(policy, path, "PolicyName") ?? arn[(arn.LastIndexOf('/') + 1)..];
        var defaultId = fields.String(policy, path, "DefaultVersionId");
        var versions = fields.Items(policy, path, "PolicyVersionList")
            .Select(v => (v.Item, v.Path, Id: fields.String(v.Item, v.Path, "VersionId") ?? "", IsDefault: fields.Boolean(v.Item, v.Path, "IsDefaultVersion") == true))
            .ToList();
        var flagged = versions.Where(v => v.IsDefault).ToList();
        if (flagged.Count > 1)
        {
            fields.Problems.Warning(Paths.Property(path, "PolicyVersionList"), $"{flagged.Count} versions marked IsDefaultVersion", "exactly one default version");
        }

        var chosen = flagged.FirstOrDefault(v => v.Id == defaultId);
        chosen = chosen.Path is null ? flagged.FirstOrDefault() : chosen;
        chosen = chosen.Path is null ? versions.FirstOrDefault(v => v.Id == defaultId) : chosen;
        if (chosen.Path is not null && defaultId is not null && chosen.Id != defaultId)
        {
            fields.Problems.Warning(Paths.Property(chosen.Path, "VersionId"), $"'{chosen.Id}' is marked IsDefaultVersion but DefaultVersionId is '{defaultId}'; the marked version is used",
                "IsDefaultVersion on the version named by DefaultVersionId");
        }

        var versionId = chosen.Path is null ? defaultId ?? "" : chosen.Id;
        IamPolicyDocument? document = null;
        if (chosen.Path is null)
        {
            fields.Problems.Warning(Paths.Property(path, "PolicyVersionList"), "no default version in the export, the policy's permissions are unknown",
                "the version with IsDefaultVersion true, with its Document");
        }
        else if (JsonFields.Get(chosen.Item, "Document") is { } value)
        {
            document = documents.Read(value, Paths.Property(chosen.Path, "Document"), versionId.Length == 0 ? arn : $"{arn} {versionId}", trustPolicy: false);
        }
        else
        {
            fields.Problems.Warning(Paths.Property(chosen.Path, "Document"), "missing, the policy's permissions are unknown", "a policy document");
        }

        return new IamManagedPolicy
        {
            Arn = arn,
            Name = name,
            DefaultVersionId = versionId,
            DefaultDocument = document,
            OtherVersionIds = [.. versions.Where(v => v.Path != chosen.Path).Select(v => v.Id).Order(StringComparer.Ordinal)],
        };
    }
}
