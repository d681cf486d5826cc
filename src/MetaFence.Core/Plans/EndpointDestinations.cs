using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;

namespace MetaFence.Core.Plans;

/// <summary>Every address × port of a catalog endpoint, in catalog order (IPv4 first).</summary>
internal static class EndpointDestinations
{
    public static IEnumerable<Destination> Of(Endpoint endpoint) =>
        endpoint.Addresses.SelectMany(a => endpoint.Ports.Select(p => new Destination(a, p.Number, p.Protocol)));
}
