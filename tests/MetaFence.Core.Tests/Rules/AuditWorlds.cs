namespace MetaFence.Core.Tests.Rules;

/// <summary>YAML fragments the audit rule rows combine.</summary>
internal static class AuditWorlds
{
    public const string WebPod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: app, labels: {app: web}}
        spec: {containers: [{name: web, image: web}]}
        status: {phase: Running, podIP: 10.0.0.5}
        """;

    public const string AwsFence = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: fence, namespace: app}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to:
            - namespaceSelector: {}
            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32, 169.254.170.2/32]}
            - ipBlock: {cidr: "::/0", except: [fd00:ec2::254/128]}
        """;

    public const string LinkLocalBlock = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: block-link-local, namespace: app}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.0.0/16]}
        """;

    public const string V4OnlyExcept = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: v4-only, namespace: app}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32, 169.254.170.2/32]}
            - ipBlock: {cidr: "::/0"}
        """;

    public const string NodeLocalDns = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: node-local-dns, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: node-local-dns}}
          template:
            metadata: {labels: {k8s-app: node-local-dns}}
            spec: {hostNetwork: true, containers: [{name: c, image: i}]}
        """;

    public static string DnsOnly(string ports) => $$$"""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: dns-only, namespace: app}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to:
            - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
              podSelector: {matchLabels: {k8s-app: kube-dns}}
            ports: {{{ports}}}
        """;

    public static string HostNetworkPod(string ns) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: agent, namespace: {{{ns}}}}
        spec: {hostNetwork: true, containers: [{name: a, image: a}]}
        status: {phase: Running, podIP: 10.0.9.9}
        """;

    public static string Cnp(string name, int priority, string apiVersion = "v1alpha2") => apiVersion == "v1alpha2"
        ? $$$"""
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicy
            metadata: {name: {{{name}}}}
            spec:
              tier: Admin
              priority: {{{priority}}}
              subject: {namespaces: {}}
              egress:
              - {action: Deny, to: [{networks: [169.254.169.254/32]}]}
            """
        : $$$"""
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: {name: {{{name}}}}
            spec:
              priority: {{{priority}}}
              subject: {namespaces: {}}
              egress:
              - {action: Deny, to: [{networks: [169.254.169.254/32]}]}
            """;

    public static string Join(params string[] documents) => string.Join("\n---\n", documents);
}
