using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Sources.Cloud;

/// <summary>Roles, users, groups and instance profiles of the authorization details.</summary>
public static partial class AwsIamExportReader
{
    private static IamRole? ReadRole(JsonElement role, string path, JsonFields fields, PolicyDocumentReader documents)
    {
        var name = fields.String(role, path, "RoleName", required: true);
        var arn = fields.String(role, path, "Arn", required: true);
        if (name is null || arn is null)
        {
            fields.Problems.Error(path, "a role without RoleName or Arn is ignored", "RoleName and Arn");
            return null;
        }

        var trust = JsonFields.Get(role, "AssumeRolePolicyDocument") is { } t
            ? documents.Read(t, Paths.Property(path, "AssumeRolePolicyDocument"), $"trust policy of role {name}", trustPolicy: true)
            : null;
        var boundary = fields.Object(role, path, "PermissionsBoundary") is { } b
            ? fields.String(b, Paths.Property(path, "PermissionsBoundary"), "PermissionsBoundaryArn")
            : null;
        return new IamRole
        {
            Name = name,
            Arn = arn,
            Path = fields.String(role, path, "Path") ?? "/",
            InstanceProfileArns = [.. fields.Items(role, path, "InstanceProfileList")
                .Select(p => fields.String(p.Item, p.Path, "Arn", required: true)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            AttachedPolicyArns = Attached(role, path, fields),
            InlinePolicies = Inline(role, path, "RolePolicyList", $"on role {name}", fields, documents),
            TrustPolicy = trust,
            PermissionsBoundaryArn = boundary,
        };
    }

    private static IamUser? ReadUser(JsonElement user, string path, JsonFields fields, PolicyDocumentReader documents)
    {
        var name = fields.String(user, path, "UserName", required: true);
        var arn = fields.String(user, path, "Arn", required: true);
        if (name is null || arn is null)
        {
            return null;
        }

        var groups = JsonFields.Get(user, "GroupList") is { } g ? fields.StringOrArray(g, Paths.Property(path, "GroupList"), "an array of group names") : null;
        return new IamUser
        {
            Name = name,
            Arn = arn,
            GroupNames = [.. (groups ?? []).Order(StringComparer.Ordinal)],
            AttachedPolicyArns = Attached(user, path, fields),
            InlinePolicies = Inline(user, path, "UserPolicyList", $"on user {name}", fields, documents),
        };
    }

    private static IamGroup? ReadGroup(JsonElement group, string path, JsonFields fields, PolicyDocumentReader documents)
    {
        var name = fields.String(group, path, "GroupName", required: true);
        var arn = fields.String(group, path, "Arn", required: true);
        return name is null || arn is null ? null : new IamGroup
        {
            Name = name,
            Arn = arn,
            AttachedPolicyArns = Attached(group, path, fields),
            InlinePolicies = Inline(group, path, "GroupPolicyList", $"on group {name}", fields, documents),
        };
    }

    private static ImmutableArray<string> Attached(JsonElement owner, string path, JsonFields fields) =>
        [.. fields.Items(owner, path, "AttachedManagedPolicies")
            .Select(p => fields.String(p.Item, p.Path, "PolicyArn", required: true)).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static ImmutableArray<IamInlinePolicy> Inline(
        JsonElement owner, string path, string listName, string where, JsonFields fields, PolicyDocumentReader documents)
    {
        var policies = new List<IamInlinePolicy>();
        foreach (var (item, itemPath) in fields.Items(owner, path, listName))
        {
            var name = fields.String(item, itemPath, "PolicyName", required: true) ?? "(unnamed)";
            if (JsonFields.Get(item, "PolicyDocument") is not { } value)
            {
                fields.Problems.Error(Paths.Property(itemPath, "PolicyDocument"), "missing, the inline policy is ignored", "a policy document");
                continue;
            }

            var document = documents.Read(value, Paths.Property(itemPath, "PolicyDocument"), $"inline policy {name} {where}", trustPolicy: false);
            if (document is not null)
            {
                policies.Add(new IamInlinePolicy(name, document));
            }
        }

        return [.. policies.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    /// <summary>Instance profiles appear inside each role (<c>InstanceProfileList</c>); merged by ARN.</summary>
    private static ImmutableArray<IamInstanceProfile> InstanceProfiles(JsonElement root, JsonFields fields)
    {
        var quiet = new JsonFields(new ExportProblems(fields.Problems.File));
        var profiles = new SortedDictionary<string, (string Name, SortedSet<string> Roles)>(StringComparer.Ordinal);
        foreach (var (role, rolePath) in quiet.Items(root, "", "RoleDetailList"))
        {
            var roleArn = quiet.String(role, rolePath, "Arn");
            foreach (var (profile, profilePath) in quiet.Items(role, rolePath, "InstanceProfileList"))
            {
                if (quiet.String(profile, profilePath, "Arn") is not { } arn)
                {
                    continue;
                }

                (string Name, SortedSet<string> Roles) entry = profiles.TryGetValue(arn, out var found) ? found : (quiet.String(profile, profilePath, "InstanceProfileName") ?? arn, new SortedSet<string>(StringComparer.Ordinal));
                entry.Roles.UnionWith(quiet.Items(profile, profilePath, "Roles").Select(r => quiet.String(r.Item, r.Path, "Arn")).OfType<string>());
                if (roleArn is not null)
                {
                    entry.Roles.Add(roleArn);
                }

                profiles[arn] = entry;
            }
        }

        return [.. profiles.Select(p => new IamInstanceProfile { Arn = p.Key, Name = p.Value.Name, RoleArns = [.. p.Value.Roles] })];
    }
}
