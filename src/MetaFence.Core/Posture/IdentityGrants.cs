using System.Collections.Immutable;
using MetaFence.Core.Cloud;
using MetaFence.Core.Cloud.Gcp;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Core.Posture;

/// <summary>
/// Node identities and what they unlock: the instance profile's role (through the IAM export's
/// instance profiles) and the IAM evaluator's capabilities; a GKE node's service account and what
/// its scopes let a stolen token do.
/// </summary>
public static class IdentityGrants
{
    /// <summary>The role an instance's profile carries, or the profile alone when the IAM export does not say.</summary>
    public static NodeIdentity? AwsIdentity(AwsInstance instance, IamAccount? iam, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(notes);
        if (instance.InstanceProfileArn is not { Length: > 0 } profile)
        {
            notes.Add($"instance {instance.InstanceId} has no instance profile: IMDS hands out no role credentials (user data and instance identity remain readable)");
            return null;
        }

        var roles = iam?.RolesOfInstanceProfile(profile) ?? [];
        if (roles.IsEmpty)
        {
            notes.Add(iam is null
                ? $"no --aws-iam export: the role behind {profile} is unknown"
                : $"instance profile {profile} is not in the IAM export: its role is unknown");
            return new NodeIdentity { Provider = "aws", Name = profile, Via = profile };
        }

        return new NodeIdentity { Provider = "aws", Name = roles[0].Arn, Via = profile };
    }

    /// <summary>One grant per distinct identity of <paramref name="nodes"/>.</summary>
    public static ImmutableSortedDictionary<string, IdentityGrant> For(IEnumerable<NodePosture> nodes, PostureInput input)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(input);
        var grants = ImmutableSortedDictionary.CreateBuilder<string, IdentityGrant>(StringComparer.Ordinal);
        foreach (var identity in nodes.Select(n => n.Identity).OfType<NodeIdentity>().DistinctBy(i => i.Name))
        {
            grants[identity.Name] = identity.Provider switch
            {
                "gcp" => Gcp(identity),
                "azure" => new IdentityGrant { Identity = identity, Notes = [AzurePermissionsUnknown(identity)] },
                _ => Aws(identity, input.Iam),
            };
        }

        return grants.ToImmutable();
    }

    /// <summary>The kubelet identity's Azure role assignments are in another export, not read yet.</summary>
    public static string AzurePermissionsUnknown(NodeIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return $"permissions unknown: az role assignment list --assignee {identity.Via ?? "OBJECT_ID"} --all -o json is not read yet";
    }

    private static IdentityGrant Aws(NodeIdentity identity, IamAccount? iam)
    {
        if (iam is null || identity.Name == identity.Via)
        {
            return new IdentityGrant { Identity = identity, Notes = [$"what {identity.ShortName} can do is unknown: give --aws-iam with the account's authorization details"] };
        }

        var permissions = IamEvaluator.Evaluate(iam, identity.Name);
        return new IdentityGrant
        {
            Identity = identity,
            Known = permissions.RoleFound,
            Capabilities = permissions.Capabilities,
            Notes = permissions.Notes,
        };
    }

    /// <summary>GCP: the service account and scopes summed up as one capability (scopes cap the account's IAM roles).</summary>
    private static IdentityGrant Gcp(NodeIdentity identity)
    {
        var grant = GcpScopes.Grant(identity.Name, identity.Scopes);
        var capability = new Capability
        {
            Id = "gcp-node-service-account",
            Class = grant.CloudPlatform ? CapabilityClass.InfrastructureControl : CapabilityClass.DataAccess,
            Title = grant.Summary,
            Actions = [.. grant.Scopes.Select(s => s.Alias.Length > 0 ? s.Alias : s.Uri)],
            Resource = "the project",
            GrantedBy = [grant.ServiceAccount],
            Source = grant.IsDefaultComputeAccount ? GcpServiceAccountGrant.DefaultAccountDocs : GcpScopes.ScopesDocs,
            Severity = grant.Severity,
        };
        return new IdentityGrant { Identity = identity, Known = true, Capabilities = [capability], Notes = grant.Notes };
    }
}
