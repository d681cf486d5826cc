using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// Cluster-wide peers to <see cref="AdminPeer"/> (rule 49), validated as the CRD schema does: the
/// list has 1 to <see cref="AdminFlavor.MaxItems"/> entries and each entry exactly one field of its
/// kind (<c>MinProperties=1</c>, <c>MaxProperties=1</c>). A peer that sets only fields MetaFence does
/// not know fails closed (rule 51); an empty one is invalid.
/// </summary>
internal static class AdminPeers
{
    public static ImmutableArray<AdminPeer> Convert(
        IList<AdminPeerSpec?>? peers, string path, AdminDirection direction, AdminFlavor flavor, AdminAction? action, ObjectProblems problems)
    {
        var field = direction == AdminDirection.Egress ? "to" : "from";
        if (peers is null || peers.Count == 0)
        {
            problems.Reject(path, "49", $"the rule has no peers; expected at least one peer in {field}");
            return [];
        }

        if (peers.Count > flavor.MaxItems)
        {
            problems.Reject(path, "49", Invariant($"the rule has {peers.Count} peers; expected at most {flavor.MaxItems} ({flavor.Kind} {field} has MaxItems={flavor.MaxItems})"));
        }

        var result = ImmutableArray.CreateBuilder<AdminPeer>();
        for (var i = 0; i < peers.Count; i++)
        {
            if (Convert(peers[i] ?? new AdminPeerSpec(), FieldPath.Index(path, i), direction, flavor, action, problems) is { } peer)
            {
                result.Add(peer);
            }
        }

        return result.ToImmutable();
    }

    private static AdminPeer? Convert(AdminPeerSpec peer, string path, AdminDirection direction, AdminFlavor flavor, AdminAction? action, ObjectProblems problems)
    {
        var allowed = flavor.PeerFields(direction);
        var set = AdminPeerFields.Set(peer);
        var kept = set.Where(allowed.Contains).ToArray();
        var dropped = set.Where(f => !allowed.Contains(f)).ToArray();
        var kindText = $"{flavor.Kind} {direction.ToString().ToLowerInvariant()} peers";
        if (kept.Length == 0)
        {
            return Empty(peer, path, direction, dropped, kindText, allowed, problems);
        }

        if (dropped.Length > 0)
        {
            // Pruned by the structural schema (kubectl's strict field validation refuses the object instead).
            problems.Warn(path, "49", $"{kindText} have no {string.Join(" or ", dropped)}; the API server drops it and keeps {kept[0]}");
        }

        if (kept.Length > 1)
        {
            problems.Reject(path, "49", $"the peer sets {string.Join(" and ", kept)}; expected exactly one peer type per entry");
            return null;
        }

        return kept[0] switch
        {
            "namespaces" => new AdminPeer(AdminPeerKind.Namespaces) { NamespaceSelector = SelectorConverter.Convert(peer.Namespaces, path + ".namespaces", problems) },
            "pods" => AdminSubjects.Pods(peer.Pods, path + ".pods", flavor, "49", problems) is var (ns, pods)
                ? new AdminPeer(AdminPeerKind.Pods) { NamespaceSelector = ns, PodSelector = pods }
                : null,
            "nodes" => new AdminPeer(AdminPeerKind.Nodes) { NodeSelector = SelectorConverter.Convert(peer.Nodes, path + ".nodes", problems) },
            "networks" => Networks(peer.Networks ?? [], path + ".networks", flavor, problems),
            _ => DomainNames(peer.DomainNames ?? [], path + ".domainNames", action, problems),
        };
    }

    /// <summary>
    /// No field of this kind: fields MetaFence does not know (a newer CRD) fail closed (rule 51);
    /// a literal <c>{}</c>, or only fields this kind lacks (pruned to <c>{}</c>), violates <c>MinProperties=1</c>.
    /// </summary>
    private static AdminPeer? Empty(AdminPeerSpec peer, string path, AdminDirection direction, string[] dropped, string kindText, IReadOnlyList<string> allowed, ObjectProblems problems)
    {
        var expected = $"expected exactly one of {string.Join(", ", allowed.Take(allowed.Count - 1))} or {allowed[^1]}";
        if (dropped.Length > 0)
        {
            problems.Reject(path, "49", $"{kindText} have no {string.Join(" or ", dropped)}, so the API server drops it and the peer is empty; {expected}");
            return null;
        }

        if (peer.Unknown is not { Count: > 0 })
        {
            problems.Reject(path, "49", $"the peer is empty (MinProperties=1); {expected}");
            return null;
        }

        if (direction == AdminDirection.Ingress)
        {
            return null;
        }

        problems.Warn(path, "51", "the peer sets no peer type MetaFence knows (namespaces, pods, nodes, networks, domainNames); "
            + "it fails closed: an Allow or Accept rule matches nothing, a Deny or Pass rule denies all traffic");
        return new AdminPeer(AdminPeerKind.Unknown);
    }

    private static AdminPeer? Networks(IList<string?> networks, string path, AdminFlavor flavor, ObjectProblems problems)
    {
        if (!Sized(networks.Count, path, "CIDR", problems))
        {
            return null;
        }

        var set = IpSet.Empty;
        for (var i = 0; i < networks.Count; i++)
        {
            if (AdminCidrs.Read(networks[i], FieldPath.Index(path, i), flavor, problems) is { } cidr)
            {
                set = set.Union(IpSet.Of(cidr));
            }
        }

        return new AdminPeer(AdminPeerKind.Networks) { Networks = set, Texts = [.. networks.Select(n => n ?? "")] };
    }

    /// <summary>Rule 49: domainNames only in Allow/Accept rules.</summary>
    private static AdminPeer? DomainNames(IList<string?> names, string path, AdminAction? action, ObjectProblems problems)
    {
        if (!Sized(names.Count, path, "domain name", problems))
        {
            return null;
        }

        if (action is AdminAction.Deny or AdminAction.Pass)
        {
            problems.Reject(path, "49", "domainNames peers are only allowed in Allow or Accept rules; expected networks to deny or pass traffic");
            return null;
        }

        return new AdminPeer(AdminPeerKind.DomainNames) { Texts = [.. names.Select(n => n ?? "")] };
    }

    /// <summary>networks and domainNames: <c>MinItems=1</c>, <c>MaxItems=25</c> in every version.</summary>
    private static bool Sized(int count, string path, string item, ObjectProblems problems)
    {
        if (count == 0)
        {
            problems.Reject(path, "49", $"the list is empty; expected at least one {item}");
            return false;
        }

        if (count > AdminFlavor.MaxNetworks)
        {
            problems.Reject(path, "49", Invariant($"the list has {count} entries; expected at most {AdminFlavor.MaxNetworks} {item}s (MaxItems={AdminFlavor.MaxNetworks})"));
            return false;
        }

        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
