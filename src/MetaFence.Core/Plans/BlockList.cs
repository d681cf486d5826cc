using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>
/// What every style blocks and keeps, computed once per request: the credential endpoints,
/// the networks to block (IPv4 then IPv6, each a strict subset of its family's /0, SEMANTICS 21),
/// the carve-outs for needed services inside them, and the NodeLocal DNS addresses to allow.
/// </summary>
public sealed record BlockList
{
    public required FenceScope Scope { get; init; }

    public required ImmutableArray<Endpoint> Credentials { get; init; }

    public required ImmutableArray<BlockedRange> Blocked { get; init; }

    public required ImmutableArray<Carveout> Carveouts { get; init; }

    public required ImmutableArray<KeptService> Kept { get; init; }

    /// <summary>NodeLocal DNSCache addresses the fence allows explicitly (empty unless it is in use or asked for).</summary>
    public required ImmutableArray<IpAddress> NodeLocalDns { get; init; }

    public IEnumerable<BlockedRange> Of(IpFamily family) => Blocked.Where(b => b.Family == family);
}
