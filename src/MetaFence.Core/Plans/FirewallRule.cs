using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>
/// One rule of the node firewall's chain, for packets from a pod CIDR of the same family:
/// to <see cref="Destination"/>, on <see cref="Ports"/> (empty: every protocol and port).
/// <see cref="Why"/> is the comment written beside it.
/// </summary>
public sealed record FirewallRule(FirewallAction Action, Cidr Destination, ImmutableArray<ServicePort> Ports, string Why)
{
    public IpFamily Family => Destination.Family;
}
