using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>ANP/BANP/CNP egress peers (rule 49) and the unknown peer that fails closed (rule 51).</summary>
public static class AdminPeers
{
    public static AdminPeer Unknown => new(AdminPeerKind.Unknown);

    public static AdminPeer Namespaces(string namespaceSelector) =>
        new(AdminPeerKind.Namespaces) { NamespaceSelector = Sel.Parse(namespaceSelector) };

    public static AdminPeer Pods(string namespaceSelector, string podSelector) =>
        new(AdminPeerKind.Pods) { NamespaceSelector = Sel.Parse(namespaceSelector), PodSelector = Sel.Parse(podSelector) };

    public static AdminPeer Nodes(string nodeSelector) =>
        new(AdminPeerKind.Nodes) { NodeSelector = Sel.Parse(nodeSelector) };

    public static AdminPeer Networks(params string[] cidrs) =>
        new(AdminPeerKind.Networks) { Networks = Addresses.Networks(cidrs), Texts = [.. cidrs] };

    public static AdminPeer DomainNames(params string[] names) =>
        new(AdminPeerKind.DomainNames) { Texts = [.. names] };
}
