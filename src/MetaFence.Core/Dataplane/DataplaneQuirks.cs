using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Dataplane;

/// <summary>
/// Known deviations of a dataplane from the NetworkPolicy semantics (SEMANTICS E, G), each
/// changing the engine's verdict and adding a note saying so. <see cref="None"/> is the standard.
/// </summary>
public sealed record DataplaneQuirks
{
    public static readonly DataplaneQuirks None = new();

    /// <summary>
    /// Addresses served by the node itself: NodeLocal DNS (169.254.20.10, kubespray's
    /// 169.254.25.10) and the EKS Pod Identity agent (169.254.170.23, fd00:ec2::23), per the
    /// endpoint catalog's needed services.
    /// </summary>
    public static readonly ImmutableArray<IpAddress> NodeServedAddresses = [.. new[] { "169.254.20.10", "169.254.25.10", "169.254.170.23", "fd00:ec2::23" }
        .Select(text => IpAddress.TryParse(text, out var address) ? address : throw new System.Diagnostics.UnreachableException(text))];

    /// <summary><see cref="NodeServedAddresses"/> as a set.</summary>
    public static readonly IpSet NodeServed = IpSet.Of(NodeServedAddresses.Select(IpSet.Of).SelectMany(s => s.Ranges));

    /// <summary>
    /// An ipBlock's <c>except</c> is ignored: the whole <c>cidr</c> matches (AWS network policy
    /// agent before v1.0.4, aws/aws-network-policy-agent#92, fixed in v1.0.4 per the maintainers
    /// in #120; PR #58). The note to attach, null when the quirk is off.
    /// </summary>
    public string? IgnoresExcept { get; init; }

    /// <summary>
    /// An ipBlock with <c>except</c> matches nothing (OpenShift SDN: "the entire IPBlock section
    /// of that policy is ignored", Red Hat OpenShift 4.5 docs). The note, or null.
    /// </summary>
    public string? DropsIpBlockWithExcept { get; init; }

    /// <summary>
    /// CIDR rules and ipBlocks never match addresses the node serves itself (NodeLocal DNS at
    /// 169.254.20.10 is "host" to Cilium: SEMANTICS 59, cilium/cilium#16308, #18644). The note, or null.
    /// </summary>
    public string? CidrSkipsNodeServed { get; init; }

    public bool IsNone => IgnoresExcept is null && DropsIpBlockWithExcept is null && CidrSkipsNodeServed is null;

    /// <summary>Both sets of quirks (first note wins where both set one).</summary>
    public DataplaneQuirks Merge(DataplaneQuirks other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new()
        {
            IgnoresExcept = IgnoresExcept ?? other.IgnoresExcept,
            DropsIpBlockWithExcept = DropsIpBlockWithExcept ?? other.DropsIpBlockWithExcept,
            CidrSkipsNodeServed = CidrSkipsNodeServed ?? other.CidrSkipsNodeServed,
        };
    }
}
