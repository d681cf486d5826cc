using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Findings;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF004: an egress-restricted subject cannot resolve names: DNS needs UDP and TCP 53 to the
/// cluster resolver (SEMANTICS 40, 31), either the kube-dns pods or NodeLocal DNSCache.
/// </summary>
public sealed class EgressWithoutDnsRule : AuditRule
{
    /// <summary>Stands for the kube-dns pods when the input has none (manifests audited before deploy).</summary>
    public static readonly PodInfo StandInDnsPod = new()
    {
        Namespace = "kube-system",
        Name = "kube-dns (stand-in)",
        Labels = LabelSet.Of(("k8s-app", "kube-dns")),
        Ips = [IpAddress.V4(0xC6120035)], // 198.18.0.53, a benchmarking address no cluster uses
    };

    public override string Id => "MF004";

    public override string Title => "Egress restricted without DNS";

    public override ImmutableArray<string> References => ["SEMANTICS 40: DNS needs UDP and TCP 53"];

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        var resolvers = Resolvers(context);
        foreach (var result in context.PodNetworkResults)
        {
            var pod = result.Subject.Representative;
            var missing = resolvers.Select(r => Missing(context, pod, r)).ToList();
            if (missing.Any(m => m is null))
            {
                continue;
            }

            var alternatives = string.Join(" nor ", missing);
            yield return Create(Severity.Medium,
                    $"{CredentialEndpointReachableRule.Describe(result.Subject)} cannot resolve names: its egress is restricted and allows {(missing.Count > 1 ? "neither " : string.Empty)}{alternatives}. A port without a protocol is TCP only (SEMANTICS 31), and DNS needs both (SEMANTICS 40).")
                with
            {
                Namespace = result.Subject.Namespace,
                Subject = result.Subject.Object,
                Location = result.Subject.Representative.Location,
                Remediation = DnsRuleYaml,
            };
        }
    }

    private const string DnsRuleYaml = """
        # add to the egress rules of the policy that selects these pods
        - to:
          - namespaceSelector:
              matchLabels:
                kubernetes.io/metadata.name: kube-system
            podSelector:
              matchLabels:
                k8s-app: kube-dns
          ports:
          - protocol: UDP
            port: 53
          - protocol: TCP
            port: 53
        """;

    /// <summary>A running kube-dns/CoreDNS pod with an address.</summary>
    public static bool IsDnsPod(PodInfo pod) =>
        pod.Namespace == "kube-system" && !pod.IsTemplate && !pod.Ips.IsEmpty
        && pod.Labels.TryGetValue("k8s-app", out var app) && app == "kube-dns";

    /// <summary>The cluster resolvers: the first kube-dns pod (or the stand-in), and NodeLocal DNS when it runs.</summary>
    private static ImmutableArray<(IpAddress Address, string Name)> Resolvers(AuditContext context)
    {
        var dns = context.Snapshot.Pods.FirstOrDefault(IsDnsPod) ?? StandInDnsPod;
        var resolvers = new List<(IpAddress, string)> { (dns.Ips[0], "kube-dns") };
        if (context.Snapshot.Pods.Any(p => p.Labels.TryGetValue("k8s-app", out var app) && app == "node-local-dns"))
        {
            var nodeLocal = IpAddress.V4(0xA9FE140A); // 169.254.20.10, NodeLocal DNSCache
            resolvers.Add((nodeLocal, $"NodeLocal DNS at {nodeLocal}"));
        }

        return [.. resolvers];
    }

    /// <summary>What is missing to use this resolver, e.g. "UDP/53 to kube-dns"; null when nothing is.</summary>
    private static string? Missing(AuditContext context, PodInfo pod, (IpAddress Address, string Name) resolver)
    {
        var blocked = new[] { Protocol.UDP, Protocol.TCP }
            .Where(p => context.Evaluate(pod, new Destination(resolver.Address, 53, p)) is { Allowed: false, IsUnknown: false })
            .Select(p => $"{p}/53")
            .ToList();
        return blocked.Count == 0 ? null : $"{string.Join(" and ", blocked)} to {resolver.Name}";
    }
}
