using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>
/// The node firewall as data, from which the script is rendered: a dedicated chain jumped to first
/// from FORWARD, holding for each pod CIDR the <see cref="FirewallAction.Keep"/> rules before the <see cref="FirewallAction.Drop"/> rules.
/// </summary>
public sealed record FirewallRuleSet
{
    /// <summary>The chain in the filter table of iptables and ip6tables; the jump from FORWARD is the only other rule.</summary>
    public const string Chain = "METAFENCE-FWD";

    public required ImmutableArray<Cidr> PodCidrs { get; init; }

    /// <summary>Keep rules first (needed services inside a blocked address), then the drops, each family in network order.</summary>
    public required ImmutableArray<FirewallRule> Rules { get; init; }

    /// <summary>True when <c>--pod-cidr</c> was not given and <see cref="PodCidrs"/> is a guess.</summary>
    public bool IsGuessed { get; init; }

    public IEnumerable<Cidr> PodCidrsOf(IpFamily family) => PodCidrs.Where(c => c.Family == family);

    public IEnumerable<FirewallRule> RulesOf(IpFamily family) => Rules.Where(r => r.Family == family);
}
