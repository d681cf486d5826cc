using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>Cluster-wide egress peers to <see cref="AdminPeer"/> (rule 49); a peer with no known field fails closed (rule 51).</summary>
internal static class AdminPeers
{
    public static ImmutableArray<AdminPeer> Convert(IList<AdminPeerSpec?>? to, string path, AdminFlavor flavor, AdminAction? action, ObjectProblems problems)
    {
        if (to is null || to.Count == 0)
        {
            problems.Reject(path, "49", "the rule has no peers; expected at least one peer in to");
            return [];
        }

        var peers = ImmutableArray.CreateBuilder<AdminPeer>();
        for (var i = 0; i < to.Count; i++)
        {
            if (Convert(to[i] ?? new AdminPeerSpec(), FieldPath.Index(path, i), flavor, action, problems) is { } peer)
            {
                peers.Add(peer);
            }
        }

        return peers.ToImmutable();
    }

    private static AdminPeer? Convert(AdminPeerSpec peer, string path, AdminFlavor flavor, AdminAction? action, ObjectProblems problems)
    {
        string[] set = [.. new (string Name, bool IsSet)[]
        {
            ("namespaces", peer.Namespaces is not null), ("pods", peer.Pods is not null), ("nodes", peer.Nodes is not null),
            ("networks", peer.Networks is not null), ("domainNames", peer.DomainNames is not null),
        }.Where(f => f.IsSet).Select(f => f.Name)];
        if (set.Length == 0)
        {
            problems.Warn(path, "51", "the peer sets no peer type MetaFence knows (namespaces, pods, nodes, networks, domainNames); "
                + "it fails closed: an Allow or Accept rule matches nothing, a Deny or Pass rule denies all traffic");
            return new AdminPeer(AdminPeerKind.Unknown);
        }

        if (set.Length > 1)
        {
            problems.Reject(path, "49", $"the peer sets {string.Join(" and ", set)}; expected exactly one peer type per entry");
            return null;
        }

        return set[0] switch
        {
            "namespaces" => new AdminPeer(AdminPeerKind.Namespaces) { NamespaceSelector = SelectorConverter.Convert(peer.Namespaces, path + ".namespaces", problems) },
            "pods" => AdminSubjects.Pods(peer.Pods, path + ".pods", flavor, "49", problems) is var (ns, pods)
                ? new AdminPeer(AdminPeerKind.Pods) { NamespaceSelector = ns, PodSelector = pods }
                : null,
            "nodes" => new AdminPeer(AdminPeerKind.Nodes) { NodeSelector = SelectorConverter.Convert(peer.Nodes, path + ".nodes", problems) },
            "networks" => Networks(peer.Networks ?? [], path + ".networks", problems),
            _ => DomainNames(peer.DomainNames ?? [], path + ".domainNames", action, problems),
        };
    }

    private static AdminPeer? Networks(IList<string?> networks, string path, ObjectProblems problems)
    {
        if (networks.Count == 0)
        {
            problems.Reject(path, "49", "the list is empty; expected at least one CIDR");
            return null;
        }

        var set = IpSet.Empty;
        for (var i = 0; i < networks.Count; i++)
        {
            if (CidrReader.Read(networks[i], FieldPath.Index(path, i), "49", problems) is { } cidr)
            {
                set = set.Union(IpSet.Of(cidr));
            }
        }

        return new AdminPeer(AdminPeerKind.Networks) { Networks = set, Texts = [.. networks.Select(n => n ?? "")] };
    }

    /// <summary>Rule 49: domainNames only in Allow/Accept rules.</summary>
    private static AdminPeer? DomainNames(IList<string?> names, string path, AdminAction? action, ObjectProblems problems)
    {
        if (names.Count == 0 || action is AdminAction.Deny or AdminAction.Pass)
        {
            problems.Reject(path, "49", names.Count == 0
                ? "the list is empty; expected at least one domain name"
                : "domainNames peers are only allowed in Allow or Accept rules; expected networks to deny or pass traffic");
            return null;
        }

        return new AdminPeer(AdminPeerKind.DomainNames) { Texts = [.. names.Select(n => n ?? "")] };
    }
}
