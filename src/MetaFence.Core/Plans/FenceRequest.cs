using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>Everything <c>generate</c> was asked for, already parsed and validated as values.</summary>
public sealed record FenceRequest
{
    public ImmutableArray<FenceStyle> Styles { get; init; } = [FenceStyle.NetworkPolicy];

    /// <summary>Provider names as <c>--provider</c> spells them; empty means every provider.</summary>
    public ImmutableArray<string> Providers { get; init; } = [];

    public FenceScope Scope { get; init; }

    public DnsMode Dns { get; init; }

    /// <summary><c>--namespace</c>: the namespaces to fence; empty means every namespace of <see cref="Cluster"/>.</summary>
    public ImmutableArray<string> Namespaces { get; init; } = [];

    /// <summary><c>--exempt-namespace</c>: exempt in addition to <see cref="Exemptions.Defaults"/>.</summary>
    public ImmutableArray<string> ExemptNamespaces { get; init; } = [];

    public ImmutableArray<AllowedWorkload> Allows { get; init; } = [];

    /// <summary>Priority of the cluster-wide Deny policy; <c>--allow</c> policies take the ones just below it.</summary>
    public int Priority { get; init; } = 100;

    public AdminApi Api { get; init; }

    public PodSecurityLevel Level { get; init; }

    /// <summary>The <c>node-firewall</c> style's settings: pod CIDRs, image, namespace.</summary>
    public NodeFirewallSettings NodeFirewall { get; init; } = new();

    /// <summary>The cluster read with <c>-f</c>, or null when none was given.</summary>
    public ClusterSnapshot? Cluster { get; init; }
}
