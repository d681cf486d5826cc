namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// Reading role ARNs: <c>arn:aws:iam::123456789012:role/path/name</c> and the STS form a role's
/// credentials carry, <c>arn:aws:sts::123456789012:assumed-role/name/session</c>
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns).
/// </summary>
public static class IamArn
{
    /// <summary>The role's name (the last path segment), or null when the text is not a role ARN.</summary>
    public static string? RoleName(string arn)
    {
        ArgumentNullException.ThrowIfNull(arn);
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn")
        {
            return null;
        }

        var resource = parts[5];
        if (parts[2] == "iam" && resource.StartsWith("role/", StringComparison.Ordinal))
        {
            return resource[(resource.LastIndexOf('/') + 1)..];
        }

        if (parts[2] == "sts" && resource.StartsWith("assumed-role/", StringComparison.Ordinal))
        {
            var segments = resource.Split('/');
            return segments.Length >= 2 ? segments[1] : null;
        }

        return null;
    }

    /// <summary>The account id (fifth field) of an ARN, or null.</summary>
    public static string? AccountId(string arn)
    {
        ArgumentNullException.ThrowIfNull(arn);
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" && parts[4].Length > 0 ? parts[4] : null;
    }

    /// <summary>The partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>) of an ARN, or null.</summary>
    public static string? Partition(string arn)
    {
        ArgumentNullException.ThrowIfNull(arn);
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" ? parts[1] : null;
    }

    /// <summary>
    /// <c>arn:…:iam::ACCOUNT:role/NAME</c> without the role's path, the form aws-auth compares
    /// (it does not support paths: https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html).
    /// Null when <paramref name="arn"/> is not a role or assumed-role ARN.
    /// </summary>
    public static string? RoleArnWithoutPath(string arn)
    {
        var name = RoleName(arn);
        var account = AccountId(arn);
        var partition = Partition(arn);
        return name is null || account is null || partition is null ? null : $"arn:{partition}:iam::{account}:role/{name}";
    }
}
