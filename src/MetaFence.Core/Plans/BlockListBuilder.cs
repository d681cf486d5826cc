using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;
using MetaFence.Core.Rules;

namespace MetaFence.Core.Plans;

/// <summary>
/// Turns the chosen catalog endpoints and <c>--scope</c> into a <see cref="BlockList"/>: exact
/// addresses (/32, /128) or the link-local ranges plus the credential addresses outside them,
/// then a carve-out for each needed service inside what is blocked (DESIGN "Endpoint catalog").
/// </summary>
public static class BlockListBuilder
{
    private static readonly Cidr LinkLocalV4 = new(IpAddress.V4(0xA9FE0000u), 16);
    private static readonly Cidr LinkLocalV6 = new(new IpAddress(IpFamily.V6, (UInt128)0xFE80 << 112), 10);

    public static BlockList Build(IReadOnlyCollection<Endpoint> endpoints, FenceScope scope, bool nodeLocalDns)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var credentials = endpoints.Where(e => e.Role == EndpointRole.CredentialSource).ToImmutableArray();
        var blocked = Blocked(credentials, scope);
        var blockedSet = IpSet.Of(blocked.Select(b => b.Cidr.Range));
        var credentialDestinations = credentials.SelectMany(EndpointDestinations.Of).ToHashSet();
        var carveouts = ImmutableArray.CreateBuilder<Carveout>();
        var kept = ImmutableArray.CreateBuilder<KeptService>();
        foreach (var service in endpoints.Where(e => e.Role == EndpointRole.NeededService))
        {
            var inside = service.Addresses.Where(blockedSet.Contains).ToList();

            // Never re-open a credential port: a carve-out is by port, and only the service's own.
            var ports = service.Ports
                .Where(p => !inside.Any(a => credentialDestinations.Contains(new(a, p.Number, p.Protocol))))
                .ToImmutableArray();
            if (inside.Count > 0 && !ports.IsEmpty)
            {
                carveouts.Add(new Carveout(service, [.. inside.Select(a => new Cidr(a, a.Bits))], ports));
            }

            var destinations = EndpointDestinations.Of(service)
                .Where(d => !credentialDestinations.Contains(d))
                .ToImmutableArray();
            kept.Add(new KeptService(service, destinations, inside.Count > 0));
        }

        var nodeLocal = endpoints.FirstOrDefault(e => e.Id == "node-local-dns");
        return new BlockList
        {
            Scope = scope,
            Credentials = credentials,
            Blocked = blocked,
            Carveouts = carveouts.ToImmutable(),
            Kept = kept.ToImmutable(),
            NodeLocalDns = nodeLocalDns && nodeLocal is not null ? [.. nodeLocal.Addresses.Where(a => a.Family == IpFamily.V4)] : [],
        };
    }

    private static ImmutableArray<BlockedRange> Blocked(ImmutableArray<Endpoint> credentials, FenceScope scope)
    {
        var byAddress = credentials
            .SelectMany(e => e.Addresses.Select(a => (Address: a, e.Id)))
            .GroupBy(p => p.Address)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).Order(StringComparer.Ordinal).ToList());
        var ranges = new List<BlockedRange>();
        if (scope == FenceScope.LinkLocal)
        {
            foreach (var range in new[] { LinkLocalV4, LinkLocalV6 })
            {
                var ids = byAddress.Where(p => range.Range.Contains(p.Key)).SelectMany(p => p.Value).Distinct().Order(StringComparer.Ordinal);
                var inside = Ids.Describe(ids);
                ranges.Add(new BlockedRange(range, inside.Length == 0 ? "link-local range (--scope link-local)" : $"link-local range (--scope link-local): {inside}"));
            }
        }

        foreach (var (address, ids) in byAddress)
        {
            if (!ranges.Any(r => r.Cidr.Range.Contains(address)))
            {
                ranges.Add(new BlockedRange(new Cidr(address, address.Bits), Ids.Describe(ids)));
            }
        }

        return [.. ranges.OrderBy(r => r.Cidr.Network)];
    }
}
