namespace MetaFence.Cli.Tests.EndToEnd;

/// <summary>
/// Manifests in a temporary folder. x/web: a Deployment with no policy (reaches metadata over
/// IPv4 and IPv6). y/api: a pod isolated by y/block-metadata, which allows 0.0.0.0/0 except
/// 169.254.169.254/32 (so IPv4 metadata is blocked, and IPv6 is allowed by no rule). y/agent: a
/// hostNetwork pod (no policy applies, SEMANTICS 36).
/// </summary>
internal sealed class TinyCluster : IDisposable
{
    public const string Workloads = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: x}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: "y", labels: {app: api}}
        spec:
          containers: [{name: api, image: nginx}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: agent, namespace: "y", labels: {app: agent}}
        spec:
          hostNetwork: true
          containers: [{name: agent, image: busybox}]
        """;

    public const string Policies = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: block-metadata, namespace: "y"}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}
        """;

    public TinyCluster()
    {
        Folder = Directory.CreateTempSubdirectory("metafence-e2e-").FullName;
        File.WriteAllText(Path.Combine(Folder, "workloads.yaml"), Workloads);
        File.WriteAllText(Path.Combine(Folder, "policies.yaml"), Policies);
    }

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
