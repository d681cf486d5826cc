using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// What the Helm chart <c>deploy/helm/metafence</c> needs to render the same objects as
/// <c>generate</c>: the request's choices plus every computed list (blocked networks, carve-outs,
/// pod selectors, firewall rules), so the chart's templates hold no IP or selector logic.
/// </summary>
public sealed record ChartValues
{
    /// <summary>The styles the chart renders (the ones it has templates for), in output order.</summary>
    public required ImmutableArray<FenceStyle> Styles { get; init; }

    public required FenceTargets Targets { get; init; }

    public required BlockList Blocks { get; init; }

    public required ImmutableArray<AllowedWorkload> Allows { get; init; }

    /// <summary>Per target namespace with an <c>--allow</c>: the pod selectors whose union is the rest of it.</summary>
    public required ImmutableArray<KeyValuePair<string, ImmutableArray<LabelSelector>>> PodSelectors { get; init; }

    public required AdminApi Api { get; init; }

    public required int Priority { get; init; }

    public required PodSecurityLevel Level { get; init; }

    public required NodeFirewallSettings NodeFirewall { get; init; }

    /// <summary>The node firewall's rules for <see cref="NodeFirewall"/>, pod CIDRs guessed when none were given.</summary>
    public required FirewallRuleSet FirewallRules { get; init; }

    /// <summary>The NodeLocal DNS addresses as host CIDRs, as the DNS rule names them.</summary>
    public ImmutableArray<Cidr> NodeLocalDns => [.. Blocks.NodeLocalDns.Select(a => new Cidr(a, a.Bits))];

    /// <summary>Styles the chart has templates for; <c>cloud</c> is text to apply by hand.</summary>
    public static bool IsChartStyle(FenceStyle style) => style is FenceStyle.NetworkPolicy or FenceStyle.TwoPolicy or FenceStyle.Admin
        or FenceStyle.Baseline or FenceStyle.NodeFirewall or FenceStyle.PodSecurity;
}
