using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Rules;

namespace MetaFence.Core.Plans;

/// <summary>
/// What the self-check evaluates for every subject: each credential destination (grouped: 11
/// providers share 169.254.169.254:80), DNS over UDP and TCP to kube-dns and any NodeLocal DNS
/// address, a pod of another namespace, ordinary IPv4 and IPv6 egress (documentation addresses),
/// and each kept service.
/// </summary>
internal static class CheckDestinations
{
    public static ImmutableArray<CheckDestination> For(BlockList blocks, IpAddress kubeDns, IpAddress peer)
    {
        var list = new List<CheckDestination>();
        list.AddRange(blocks.Credentials
            .SelectMany(e => EndpointDestinations.Of(e).Select(d => (d, e.Id)))
            .GroupBy(p => p.d)
            .Select(g => new CheckDestination(Ids.Describe(g.Select(p => p.Id).Order(StringComparer.Ordinal)), g.Key, IsCredential: true)));
        foreach (var protocol in new[] { Protocol.UDP, Protocol.TCP })
        {
            list.Add(new("DNS (kube-dns)", new Destination(kubeDns, 53, protocol), false));
            list.AddRange(blocks.NodeLocalDns.Select(a => new CheckDestination("DNS (NodeLocal DNSCache)", new Destination(a, 53, protocol), false)));
        }

        list.Add(new("in-cluster traffic (a pod of another namespace)", new Destination(peer, 8080, Protocol.TCP), false));
        list.Add(new("ordinary IPv4 egress", AuditContext.OrdinaryIpv4, false));
        list.Add(new("ordinary IPv6 egress", AuditContext.OrdinaryIpv6, false));
        list.AddRange(blocks.Kept.SelectMany(k => k.Destinations.Select(d => new CheckDestination(k.Service.Id, d, false))));
        return [.. list.DistinctBy(d => (d.Destination, d.IsCredential))];
    }
}
