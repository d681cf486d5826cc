using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>
/// What the <c>node-firewall</c> style needs beyond the <see cref="BlockList"/>: whose forwarded
/// traffic to filter (<c>--pod-cidr</c>), the image that runs the script and the namespace of the DaemonSet.
/// </summary>
public sealed record NodeFirewallSettings
{
    /// <summary>
    /// kube-system: where node agents of every distribution live, already exempt from the fence and,
    /// unlike a new namespace, not under a Pod Security level that refuses NET_ADMIN and hostNetwork.
    /// </summary>
    public const string DefaultNamespace = "kube-system";

    /// <summary>
    /// The image kube-proxy is built on: sh, iptables, ip6tables and iptables-wrapper, which picks the
    /// node's backend (legacy or nft) so the rules land where the node's other rules are.
    /// </summary>
    public const string DefaultImage = "registry.k8s.io/build-image/distroless-iptables:v0.8.7";

    /// <summary><c>--pod-cidr</c>; empty means the guess of <see cref="NodeFirewallPlanner.GuessedPodCidrs"/>, with a note.</summary>
    public ImmutableArray<Cidr> PodCidrs { get; init; } = [];

    public string Image { get; init; } = DefaultImage;

    public string Namespace { get; init; } = DefaultNamespace;
}
