using System.Collections.Immutable;
using k8s.Models;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// NetworkPolicy <c>to</c>/<c>from</c> peers to <see cref="NetworkPolicyPeer"/> (rules 12–14, 20),
/// validated as <c>ValidateNetworkPolicyPeer</c> does.
/// </summary>
internal static class NetworkPolicyPeers
{
    public static ImmutableArray<NetworkPolicyPeer> Convert(IList<V1NetworkPolicyPeer>? peers, string path, ObjectProblems problems)
    {
        var result = ImmutableArray.CreateBuilder<NetworkPolicyPeer>();
        for (var i = 0; i < (peers?.Count ?? 0); i++)
        {
            if (Convert(peers?[i], FieldPath.Index(path, i), problems) is { } peer)
            {
                result.Add(peer);
            }
        }

        return result.ToImmutable();
    }

    private static NetworkPolicyPeer? Convert(V1NetworkPolicyPeer? peer, string path, ObjectProblems problems)
    {
        // Rule 12: an empty peer is rejected ("must specify a peer"), not "allow all".
        if (peer is null || (peer.IpBlock is null && peer.NamespaceSelector is null && peer.PodSelector is null))
        {
            problems.Reject(path, "12", "the peer is empty; expected ipBlock, namespaceSelector or podSelector (to allow every destination, leave out to)");
            return null;
        }

        if (peer.IpBlock is { } block)
        {
            // Rule 12: ipBlock may not be combined with a selector.
            if (peer.NamespaceSelector is not null || peer.PodSelector is not null)
            {
                var selector = peer.NamespaceSelector is not null ? "namespaceSelector" : "podSelector";
                problems.Reject(path, "12", $"the peer sets ipBlock together with {selector}; expected either ipBlock alone or selectors alone, as separate peers");
                return null;
            }

            return IpBlockConverter.Convert(block, path + ".ipBlock", problems) is var (set, text, cidr)
                ? new NetworkPolicyPeer { IpBlock = set, IpBlockText = text, IpBlockCidr = cidr }
                : null;
        }

        // Rule 13: each selector present is ANDed; an absent one does not restrict.
        return new NetworkPolicyPeer
        {
            NamespaceSelector = peer.NamespaceSelector is null ? null : SelectorConverter.Convert(peer.NamespaceSelector, path + ".namespaceSelector", problems),
            PodSelector = peer.PodSelector is null ? null : SelectorConverter.Convert(peer.PodSelector, path + ".podSelector", problems),
        };
    }
}
