using System.Collections.Immutable;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Core.Cloud.Eks;

/// <summary>
/// The EKS chain's last link: which Kubernetes identity an IAM role's credentials become.
/// Access entries win over aws-auth ("with priority given to the access entry APIs",
/// https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html); aws-auth compares
/// role ARNs without their path (https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html).
/// </summary>
public static class EksIdentityMapper
{
    public const string AccessEntriesDocs = "https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html";
    public const string AwsAuthDocs = "https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html";
    public const string NodeUsername = "system:node:{{EC2PrivateDNSName}}";

    /// <summary>The groups aws-auth gives node roles (system:bootstrappers, system:nodes).</summary>
    public static ImmutableArray<string> NodeGroups { get; } = ["system:bootstrappers", "system:nodes"];

    /// <summary>
    /// The identity <paramref name="roleArn"/> maps to. When neither <paramref name="mapRoles"/>
    /// nor <paramref name="accessEntries"/> is given (default arrays: not in the input), the usual
    /// node mapping is assumed and said so; when they are given and nothing matches, null (the API
    /// server answers 401).
    /// </summary>
    public static KubernetesIdentity? Map(
        string roleArn,
        ImmutableArray<AwsAuthRoleMapping> mapRoles = default,
        ImmutableArray<EksAccessEntry> accessEntries = default,
        string? privateDnsName = null,
        string? sessionName = null)
    {
        ArgumentNullException.ThrowIfNull(roleArn);
        var templates = new UsernameTemplates(roleArn, privateDnsName, sessionName);
        if (mapRoles.IsDefault && accessEntries.IsDefault)
        {
            return new KubernetesIdentity
            {
                Username = templates.Fill(NodeUsername),
                Groups = NodeGroups,
                Via = EksIdentitySource.Assumed,
                Mapping = "no aws-auth ConfigMap or access entries in the input: the node role's usual mapping assumed",
                Source = AwsAuthDocs,
                Notes = templates.Notes(NodeUsername),
            };
        }

        var plain = IamArn.RoleArnWithoutPath(roleArn) ?? roleArn;
        var entry = accessEntries.IsDefault ? null : accessEntries.FirstOrDefault(e => SameRole(e.PrincipalArn, roleArn, plain));
        if (entry is not null)
        {
            return FromAccessEntry(entry, templates);
        }

        if (mapRoles.IsDefault)
        {
            return null;
        }

        for (var i = 0; i < mapRoles.Length; i++)
        {
            var mapping = mapRoles[i];
            if (SameRole(mapping.RoleArn, roleArn, plain))
            {
                var username = mapping.Username.Length == 0 ? plain : mapping.Username;
                return new KubernetesIdentity
                {
                    Username = templates.Fill(username),
                    Groups = [.. mapping.Groups.Order(StringComparer.Ordinal)],
                    Via = EksIdentitySource.AwsAuth,
                    Mapping = $"aws-auth mapRoles[{i}] (rolearn {mapping.RoleArn})",
                    Source = AwsAuthDocs,
                    Notes = templates.Notes(username),
                };
            }
        }

        return null;
    }

    private static KubernetesIdentity FromAccessEntry(EksAccessEntry entry, UsernameTemplates templates)
    {
        // EC2 and hybrid node types: EKS sets the username and the system:nodes group itself
        // (https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html).
        var (username, groups) = entry.Type.ToUpperInvariant() switch
        {
            "EC2" or "EC2_LINUX" or "EC2_WINDOWS" => (NodeUsername, ImmutableArray.Create("system:nodes")),
            "FARGATE_LINUX" or "HYBRID_LINUX" => ("system:node:{{SessionName}}", ImmutableArray.Create("system:nodes")),
            _ => (entry.Username ?? templates.DefaultStandardUsername, entry.KubernetesGroups),
        };
        return new KubernetesIdentity
        {
            Username = templates.Fill(username),
            Groups = [.. groups.Order(StringComparer.Ordinal)],
            AccessPolicies = [.. entry.AccessPolicies.Order(StringComparer.Ordinal)],
            Via = EksIdentitySource.AccessEntry,
            Mapping = $"access entry {entry.PrincipalArn} ({entry.Type})",
            Source = AccessEntriesDocs,
            Notes = templates.Notes(username),
        };
    }

    private static bool SameRole(string mapped, string roleArn, string plain) =>
        string.Equals(mapped, roleArn, StringComparison.Ordinal)
        || string.Equals(IamArn.RoleArnWithoutPath(mapped) ?? mapped, plain, StringComparison.Ordinal);
}
