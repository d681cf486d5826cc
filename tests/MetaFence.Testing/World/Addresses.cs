using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Testing.World;

/// <summary>Addresses and CIDRs from text, failing loudly on typos in a test.</summary>
public static class Addresses
{
    public static IpAddress Ip(string text) =>
        IpAddress.TryParse(text.Trim(), out var address) ? address : throw new FormatException($"not an IP address: '{text}'");

    /// <summary>Comma-separated addresses; empty text gives none.</summary>
    public static ImmutableArray<IpAddress> Ips(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Ip)];

    public static Cidr Cidr(string text) =>
        Core.Net.Cidr.TryParse(text.Trim(), out var cidr, out _) ? cidr : throw new FormatException($"not a CIDR: '{text}'");

    /// <summary><paramref name="cidr"/> minus every <paramref name="except"/>, as the loader builds an ipBlock (rule 20).</summary>
    public static IpSet Block(string cidr, params string[] except) =>
        except.Aggregate(IpSet.Of(Cidr(cidr)), (set, e) => set.Except(IpSet.Of(Cidr(e))));

    /// <summary>The union of <paramref name="cidrs"/>, as the loader builds a <c>networks</c> peer.</summary>
    public static IpSet Networks(params string[] cidrs) =>
        cidrs.Aggregate(IpSet.Empty, (set, c) => set.Union(IpSet.Of(Cidr(c))));
}
