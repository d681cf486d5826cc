using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>NetworkPolicy <c>to</c> entries (rule 13, 20).</summary>
public static class Peer
{
    /// <summary><c>ipBlock: {cidr, except}</c>.</summary>
    public static NetworkPolicyPeer Block(string cidr, params string[] except) => new()
    {
        IpBlock = Addresses.Block(cidr, except),
        IpBlockText = except.Length == 0 ? cidr : $"{cidr} except {string.Join(", ", except)}",
        IpBlockCidr = except.Length == 0 ? null : Addresses.Block(cidr),
    };

    /// <summary><c>podSelector</c> alone: pods of the policy's own namespace.</summary>
    public static NetworkPolicyPeer Pods(string podSelector) => new() { PodSelector = Sel.Parse(podSelector) };

    /// <summary><c>namespaceSelector</c> alone: every pod of the selected namespaces.</summary>
    public static NetworkPolicyPeer Namespaces(string namespaceSelector) => new() { NamespaceSelector = Sel.Parse(namespaceSelector) };

    /// <summary><c>namespaceSelector</c> and <c>podSelector</c> in one entry: both must match.</summary>
    public static NetworkPolicyPeer PodsIn(string namespaceSelector, string podSelector) => new()
    {
        NamespaceSelector = Sel.Parse(namespaceSelector),
        PodSelector = Sel.Parse(podSelector),
    };
}
