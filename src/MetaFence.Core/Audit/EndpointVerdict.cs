using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;

namespace MetaFence.Core.Audit;

/// <summary>One destination (address, port, protocol) of an endpoint and its verdict.</summary>
public sealed record DestinationVerdict(Destination Destination, Verdict Verdict);

/// <summary>
/// Whether a subject reaches one catalog endpoint: reachable when any of its destinations is
/// allowed (IPv4 or IPv6, any port).
/// </summary>
public sealed record EndpointVerdict(Endpoint Endpoint, ImmutableArray<DestinationVerdict> Destinations)
{
    public bool Reachable => Destinations.Any(d => d.Verdict.Allowed);
}
