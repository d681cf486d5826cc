using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Rules;

namespace MetaFence.Core.Plans;

/// <summary>The comment lines every policy style shares: what is blocked, and each kept service with why.</summary>
internal static class FenceComments
{
    public static string Blocks(BlockList blocks) => string.Create(CultureInfo.InvariantCulture,
        $"blocks {Ids.Describe(blocks.Credentials.Select(e => e.Id))} over IPv4 and IPv6{(blocks.Scope == FenceScope.LinkLocal ? ", and all of 169.254.0.0/16 and fe80::/10 (--scope link-local)" : string.Empty)}.");

    /// <summary>One line per needed service: where it listens and how this object keeps it reachable.</summary>
    public static ImmutableArray<string> Kept(BlockList blocks, Func<KeptService, string> how)
    {
        if (blocks.Kept.IsEmpty)
        {
            return [];
        }

        return ["Keeps working:", .. blocks.Kept.Select(k =>
            $"  {k.Service.Id} at {Where(k.Destinations)}: {k.Service.Description}; {how(k)}")];
    }

    /// <summary><c>169.254.20.10:53, 169.254.25.10:53 (UDP, TCP)</c>: addresses and ports once, then the protocols.</summary>
    public static string Where(IEnumerable<Destination> destinations)
    {
        var list = destinations.ToList();
        var places = list.Select(d => d.Address.Family == IpFamily.V6
            ? string.Create(CultureInfo.InvariantCulture, $"[{d.Address}]:{d.Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{d.Address}:{d.Port}")).Distinct(StringComparer.Ordinal);
        return $"{string.Join(", ", places)} ({string.Join(", ", list.Select(d => d.Protocol.ToString()).Distinct(StringComparer.Ordinal))})";
    }

    public static string Allows(IEnumerable<AllowedWorkload> allows) => string.Join(", ", allows.Select(a => a.Text));
}
