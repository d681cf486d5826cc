namespace MetaFence.Core.Plans;

/// <summary><c>--dns</c>: which resolvers the fence allows explicitly (SEMANTICS 40, 42).</summary>
public enum DnsMode
{
    /// <summary>kube-dns, plus NodeLocal DNSCache when the input runs it (<c>k8s-app=node-local-dns</c>).</summary>
    Auto,

    /// <summary>The kube-dns/CoreDNS pods only.</summary>
    KubeDns,

    /// <summary>kube-dns and NodeLocal DNSCache, whether or not the input shows it.</summary>
    NodeLocal,
}
