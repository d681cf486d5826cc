namespace MetaFence.Sources.Conversion.Admin;

/// <summary>The peer fields MetaFence knows (rule 49) and which of them a peer sets.</summary>
internal static class AdminPeerFields
{
    public static readonly string[] All = ["namespaces", "pods", "nodes", "networks", "domainNames"];

    public static readonly string[] WithoutDomainNames = ["namespaces", "pods", "nodes", "networks"];

    /// <summary>The known fields <paramref name="peer"/> sets, in schema order; a null value counts as absent (the API server prunes it).</summary>
    public static string[] Set(AdminPeerSpec peer) => [.. new (string Name, bool IsSet)[]
    {
        ("namespaces", peer.Namespaces is not null), ("pods", peer.Pods is not null), ("nodes", peer.Nodes is not null),
        ("networks", peer.Networks is not null), ("domainNames", peer.DomainNames is not null),
    }.Where(f => f.IsSet).Select(f => f.Name)];

    /// <summary>
    /// The first field of <paramref name="peer"/> that names no pods, so it has no named ports
    /// (<c>networks</c>, <c>nodes</c> or <c>domainNames</c>), or null.
    /// </summary>
    public static string? WithoutNamedPorts(AdminPeerSpec? peer) =>
        peer?.Networks is not null ? "networks" : peer?.Nodes is not null ? "nodes" : peer?.DomainNames is not null ? "domainNames" : null;
}
