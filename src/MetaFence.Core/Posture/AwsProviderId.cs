using System.Text.RegularExpressions;

namespace MetaFence.Core.Posture;

/// <summary>
/// The EC2 instance id in a node's <c>spec.providerID</c>. The AWS cloud provider writes
/// <c>aws:///&lt;zone&gt;/&lt;instance-id&gt;</c> and reads the last path segment as the id, which
/// must match <c>^i-[^/]*$</c> (kubernetes/cloud-provider-aws <c>pkg/providers/v1/instances.go</c>,
/// <c>MapToAWSInstanceID</c>); Fargate nodes carry <c>fargate-…</c> there and have no IMDS.
/// </summary>
public static partial class AwsProviderId
{
    public const string Scheme = "aws://";

    /// <summary>The instance id, or null when the provider id is not an EC2 one.</summary>
    public static string? InstanceId(string? providerId)
    {
        if (providerId is null || !providerId.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var last = providerId[Scheme.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is not null && Instance().IsMatch(last) ? last : null;
    }

    /// <summary><c>us-east-1a</c> → <c>us-east-1</c>; null for zone names of other shapes (Local Zones, Wavelength).</summary>
    public static string? RegionOf(string? zone)
    {
        var match = zone is null ? Match.Empty : Zone().Match(zone);
        return match.Success ? match.Groups["region"].Value : null;
    }

    [GeneratedRegex("^i-[^/]+$")]
    private static partial Regex Instance();

    [GeneratedRegex("^(?<region>[a-z]{2}(-[a-z]+)+-[0-9]+)[a-z]$")]
    private static partial Regex Zone();
}
