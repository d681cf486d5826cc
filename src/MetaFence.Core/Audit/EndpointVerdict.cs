using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;

namespace MetaFence.Core.Audit;

/// <summary>One destination (address, port, protocol) of an endpoint and its verdict.</summary>
public sealed record DestinationVerdict(Destination Destination, Verdict Verdict);

/// <summary>
/// Whether a subject reaches one catalog endpoint: reachable when any of its destinations is
/// allowed (IPv4 or IPv6, any port); unknown when no certain verdict allows it and some verdict
/// depends on a resource that could not be read (decision 0004).
/// </summary>
public sealed record EndpointVerdict(Endpoint Endpoint, ImmutableArray<DestinationVerdict> Destinations)
{
    /// <summary>True unless <see cref="Status"/> is <see cref="EndpointStatus.Blocked"/>: an unknown endpoint may be reachable.</summary>
    public bool Reachable => Status != EndpointStatus.Blocked;

    public EndpointStatus Status =>
        Destinations.Any(d => d.Verdict.Allowed && !d.Verdict.IsUnknown) ? EndpointStatus.Reachable
        : Destinations.Any(d => d.Verdict.IsUnknown) ? EndpointStatus.Unknown
        : EndpointStatus.Blocked;

    /// <summary>Why the endpoint is unknown, sorted; empty unless <see cref="Status"/> is unknown.</summary>
    public ImmutableArray<string> Unknown => Status == EndpointStatus.Unknown
        ? [.. Destinations.SelectMany(d => d.Verdict.Unknown).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
        : [];
}
