using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;

namespace MetaFence.Core.Rules;

/// <summary>
/// What a fence blocks (the credential endpoints' addresses, sorted) and the needed services it
/// keeps because they share one of them; worked out once per audit, not per finding.
/// </summary>
public sealed record FenceTargets(ImmutableArray<IpAddress> Blocked, ImmutableArray<Endpoint> Kept)
{
    public static FenceTargets Of(IEnumerable<Endpoint> credentialEndpoints, IEnumerable<Endpoint> neededServices)
    {
        ImmutableArray<IpAddress> blocked = [.. credentialEndpoints.SelectMany(e => e.Addresses).Distinct().Order()];
        return new(blocked, [.. neededServices.Where(s => s.Addresses.Any(blocked.Contains))]);
    }
}
