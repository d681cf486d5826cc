using System.Collections.Immutable;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Core.Cloud.Eks;

/// <summary>
/// The templates aws-auth and access entries allow in usernames: <c>{{EC2PrivateDNSName}}</c>,
/// <c>{{SessionName}}</c>, <c>{{AccountID}}</c>
/// (https://github.com/kubernetes-sigs/aws-iam-authenticator#full-configuration-format).
/// Unknown values stay as templates, with a note.
/// </summary>
internal sealed record UsernameTemplates(string RoleArn, string? PrivateDnsName, string? SessionName)
{
    /// <summary>A STANDARD access entry's default username for a role: its assumed-role ARN with the session name.</summary>
    public string DefaultStandardUsername =>
        $"arn:{IamArn.Partition(RoleArn) ?? "aws"}:sts::{IamArn.AccountId(RoleArn) ?? "{{AccountID}}"}:assumed-role/{IamArn.RoleName(RoleArn) ?? RoleArn}/{{{{SessionName}}}}";

    public string Fill(string username)
    {
        var filled = username;
        if (PrivateDnsName is { Length: > 0 })
        {
            filled = filled.Replace("{{EC2PrivateDNSName}}", PrivateDnsName, StringComparison.Ordinal);
        }

        if (SessionName is { Length: > 0 })
        {
            filled = filled.Replace("{{SessionName}}", SessionName, StringComparison.Ordinal);
        }

        if (IamArn.AccountId(RoleArn) is { } account)
        {
            filled = filled.Replace("{{AccountID}}", account, StringComparison.Ordinal);
        }

        return filled;
    }

    public ImmutableArray<string> Notes(string username)
    {
        var left = Fill(username);
        return left.Contains("{{", StringComparison.Ordinal)
            ? [$"the username keeps a template ({left}): the value is set when the credentials are used"]
            : [];
    }
}
