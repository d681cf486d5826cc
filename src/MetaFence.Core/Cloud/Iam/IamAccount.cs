using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// What <c>aws iam get-account-authorization-details</c> exports: roles, instance profiles,
/// managed policies, and (optionally) users and groups.
/// </summary>
public sealed record IamAccount
{
    public static IamAccount Empty { get; } = new();

    public ImmutableArray<IamRole> Roles { get; init; } = [];

    public ImmutableArray<IamInstanceProfile> InstanceProfiles { get; init; } = [];

    public ImmutableArray<IamManagedPolicy> Policies { get; init; } = [];

    public ImmutableArray<IamUser> Users { get; init; } = [];

    public ImmutableArray<IamGroup> Groups { get; init; } = [];

    /// <summary>The role with this ARN or name (ARN first; a role name is unique in an account).</summary>
    public IamRole? FindRole(string roleArnOrName)
    {
        ArgumentNullException.ThrowIfNull(roleArnOrName);
        foreach (var role in Roles)
        {
            if (string.Equals(role.Arn, roleArnOrName, StringComparison.Ordinal))
            {
                return role;
            }
        }

        var name = IamArn.RoleName(roleArnOrName) ?? roleArnOrName;
        foreach (var role in Roles)
        {
            if (string.Equals(role.Name, name, StringComparison.Ordinal))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>The managed policy with this ARN.</summary>
    public IamManagedPolicy? FindPolicy(string arn)
    {
        foreach (var policy in Policies)
        {
            if (string.Equals(policy.Arn, arn, StringComparison.Ordinal))
            {
                return policy;
            }
        }

        return null;
    }

    /// <summary>The role(s) an instance profile carries, by the profile's ARN.</summary>
    public ImmutableArray<IamRole> RolesOfInstanceProfile(string instanceProfileArn)
    {
        var byProfile = Roles.Where(r => r.InstanceProfileArns.Contains(instanceProfileArn, StringComparer.Ordinal));
        var profile = InstanceProfiles.FirstOrDefault(p => string.Equals(p.Arn, instanceProfileArn, StringComparison.Ordinal));
        var byRoleArn = profile is null ? [] : Roles.Where(r => profile.RoleArns.Contains(r.Arn, StringComparer.Ordinal));
        return [.. byProfile.Concat(byRoleArn).Distinct().OrderBy(r => r.Arn, StringComparer.Ordinal)];
    }
}
