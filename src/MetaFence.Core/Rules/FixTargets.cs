using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;

namespace MetaFence.Core.Rules;

/// <summary>
/// What the fixes audit findings suggest block (the credential endpoints' addresses, sorted) and
/// the needed services they keep because they share one of them; worked out once per audit, not
/// per finding. (`generate` plans its fences with the richer <see cref="Plans.BlockList"/>.)
/// </summary>
public sealed record FixTargets(ImmutableArray<IpAddress> Blocked, ImmutableArray<Endpoint> Kept)
{
    public static FixTargets Of(IEnumerable<Endpoint> credentialEndpoints, IEnumerable<Endpoint> neededServices)
    {
        ImmutableArray<IpAddress> blocked = [.. credentialEndpoints.SelectMany(e => e.Addresses).Distinct().Order()];
        return new(blocked, [.. neededServices.Where(s => s.Addresses.Any(blocked.Contains))]);
    }
}
