using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Catalog;

/// <summary>
/// A metadata endpoint or a needed node-local service (DESIGN "Endpoint catalog"):
/// its addresses (IPv4 and IPv6), ports, what a client must send, and the source of these facts.
/// </summary>
public sealed record Endpoint
{
    public required string Id { get; init; }

    /// <summary>The provider names that select it with <c>--provider</c> (aws, gcp, azure, …).</summary>
    public required ImmutableArray<string> Providers { get; init; }

    public required EndpointRole Role { get; init; }

    public required string Description { get; init; }

    public required ImmutableArray<IpAddress> Addresses { get; init; }

    public required ImmutableArray<ServicePort> Ports { get; init; }

    /// <summary>What a request needs (headers, token), for humans.</summary>
    public string? Needs { get; init; }

    /// <summary>False for services only the node itself uses (time sync): pod policy cannot break them.</summary>
    public bool UsedByPods { get; init; } = true;

    /// <summary>Where the facts come from (a documentation URL).</summary>
    public required string Source { get; init; }

    public override string ToString() => Id;
}
