namespace MetaFence.Cli.Tests.Generate;

/// <summary>
/// The cluster the generate tests fence, in a temporary folder. shop: Deployment web (template)
/// and a running pod api. monitoring: Deployment cloud-agent (kept with --allow in several tests)
/// and a host-network DaemonSet node-exporter (no policy can protect it). kube-system: a running
/// CoreDNS pod and NodeLocal DNSCache (so DNS auto allows 169.254.20.10). Two EC2 nodes.
/// </summary>
internal sealed class GenerateCluster : IDisposable
{
    public const string Manifests = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: monitoring}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: kube-system}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: nginx}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: shop, labels: {app: api}}
        spec: {containers: [{name: api, image: nginx}]}
        status: {phase: Running, podIPs: [{ip: 10.0.1.5}]}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: cloud-agent, namespace: monitoring}
        spec:
          selector: {matchLabels: {app: cloud-agent}}
          template:
            metadata: {labels: {app: cloud-agent}}
            spec: {containers: [{name: agent, image: busybox}]}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: node-exporter, namespace: monitoring}
        spec:
          selector: {matchLabels: {app: node-exporter}}
          template:
            metadata: {labels: {app: node-exporter}}
            spec: {hostNetwork: true, containers: [{name: exporter, image: quay.io/prometheus/node-exporter}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: coredns-7db6d8ff4d-x2k9q, namespace: kube-system, labels: {k8s-app: kube-dns}}
        spec: {containers: [{name: coredns, image: registry.k8s.io/coredns/coredns}]}
        status: {phase: Running, podIPs: [{ip: 10.0.0.10}]}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: node-local-dns, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: node-local-dns}}
          template:
            metadata: {labels: {k8s-app: node-local-dns}}
            spec: {hostNetwork: true, containers: [{name: node-cache, image: registry.k8s.io/dns/k8s-dns-node-cache}]}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: ip-10-0-1-1.ec2.internal}
        spec: {providerID: "aws:///us-east-1a/i-0123456789abcdef0"}
        status: {addresses: [{type: InternalIP, address: 10.0.1.1}]}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: ip-10-0-2-1.ec2.internal}
        spec: {providerID: "aws:///us-east-1b/i-0fedcba9876543210"}
        status: {addresses: [{type: InternalIP, address: 10.0.2.1}]}
        """;

    /// <summary>An input policy that re-allows IMDS for shop/web: NetworkPolicies only add, so no shop fence can close it.</summary>
    public const string ReallowsImds = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web-needs-imds, namespace: shop}
        spec:
          podSelector: {matchLabels: {app: web}}
          policyTypes: [Egress]
          egress:
          - to: [{ipBlock: {cidr: 169.254.169.254/32}}]
        """;

    public GenerateCluster()
    {
        Folder = Directory.CreateTempSubdirectory("metafence-generate-").FullName;
        System.IO.File.WriteAllText(File, Manifests);
    }

    public string Folder { get; }

    public string File => Path.Combine(Folder, "cluster.yaml");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
