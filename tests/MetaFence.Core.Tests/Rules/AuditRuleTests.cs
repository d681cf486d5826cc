using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;
using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Rules.AuditWorlds;

namespace MetaFence.Core.Tests.Rules;

public sealed class AuditRuleTests
{
    /// <summary>A world, the findings one rule must raise (rule id, severity, subject text), and why.</summary>
    public sealed record Row(string Rule, string Yaml, string[] Expected, string Source)
    {
        public override string ToString() => $"{Rule}: {Source}";
    }

    public static TheoryData<Row> Rows() =>
    [
        new("MF001", WebPod, ["Critical Pod app/web"], "no policy: Kubernetes allows all egress (SEMANTICS 6)"),
        new("MF001", Join(WebPod, AwsFence), [], "IPv4 and IPv6 addresses excepted"),
        new("MF001", Join(WebPod, LinkLocalBlock), [], "isolated with no IPv6 rule: all IPv6 is blocked, fd00:ec2::254 too (SEMANTICS 8, 22)"),
        new("MF001", Join(WebPod, V4OnlyExcept), ["Critical Pod app/web"], "::/0 without except: fd00:ec2::254 stays open (SEMANTICS 22)"),
        new("MF002", HostNetworkPod("app"), ["High Pod app/agent"], "SEMANTICS 36: host network is not protected"),
        new("MF002", HostNetworkPod("kube-system"), ["Info Pod kube-system/agent"], "node agents in kube-system: information"),
        new("MF003", WebPod, ["Medium "], "namespace app isolates nothing"),
        new("MF003", Join(WebPod, AwsFence), [], "the fence isolates the namespace"),
        new("MF004", Join(WebPod, DnsOnly("[{port: 53}]")), ["Medium Pod app/web"], "SEMANTICS 31: port without protocol is TCP only"),
        new("MF004", Join(WebPod, DnsOnly("[{port: 53, protocol: UDP}, {port: 53}]")), [], "SEMANTICS 40: UDP and TCP 53 allowed"),
        new("MF004", Join(WebPod, DnsOnly("[{port: 53, protocol: UDP}, {port: 53}]"), NodeLocalDns), [], "kube-dns suffices even when NodeLocal DNS runs"),
        new("MF005", Join(WebPod, LinkLocalBlock, NodeLocalDns), ["Low Pod app/web"], "169.254.0.0/16 except cuts NodeLocal DNS"),
        new("MF005", Join(WebPod, AwsFence, NodeLocalDns), [], "exact /32 excepts keep NodeLocal DNS"),
        new("MF006", Join(WebPod.Replace("namespace: app", "namespace: kube-system"), AwsFence.Replace("namespace: app", "namespace: kube-system")),
            ["Medium Pod kube-system/web"], "metadata blocked for kube-system"),
        new("MF006", WebPod.Replace("namespace: app", "namespace: kube-system"), [], "kube-system not fenced"),
        new("MF007", Join(WebPod, AwsFence, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: reopen, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - ports: [{port: 80}]
            """), ["High NetworkPolicy app/reopen"], "SEMANTICS 9, 41: an except is not a deny; a rule with ports and no `to` re-allows it"),
        new("MF007", Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: imds, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: 169.254.169.254/32}}]
            """), ["High NetworkPolicy app/imds"], "an ipBlock aimed at the metadata address"),
        new("MF007", Join(WebPod, AwsFence, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: dns, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: 169.254.169.254/32}}]
                ports: [{port: 53, protocol: UDP}, {port: 53}]
            """), [], "DNS on the metadata address (GKE Cloud DNS) does not open port 80"),
        new("MF008", Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: broken, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/8]}}]
            """), ["High NetworkPolicy app/broken"], "SEMANTICS 21: except outside cidr rejects the object"),
        new("MF008", Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: ambiguous, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: 10.1.2.3/8}}]
            """), ["Low NetworkPolicy app/ambiguous"], "SEMANTICS 23: host bits warn"),
        new("MF009", Join(WebPod, Cnp("a", 5), Cnp("b", 5)), ["Medium ClusterNetworkPolicy/a"], "SEMANTICS 45: equal priority"),
        new("MF009", Join(WebPod, Cnp("a", 5), Cnp("b", 6)), [], "distinct priorities"),
        new("MF010", Join(WebPod, Cnp("a", 5), Cnp("b", 6, "v1alpha1")), ["Low "], "both API versions present"),
        new("MF010", Join(WebPod, Cnp("a", 5)), [], "one API version"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_raise_exactly_the_expected_findings_When_auditing_a_tiny_world(Row row)
    {
        var options = new AuditOptions(EndpointCatalog.ForProviders(["aws"])) { ChosenProviders = ["aws"] };

        var report = Auditor.Run(Yaml.Load(row.Yaml), options);

        var actual = report.Findings.Where(f => f.RuleId == row.Rule)
            .Select(f => $"{f.Severity} {f.Subject}".TrimEnd() + (f.Subject is null ? " " : string.Empty))
            .Order(StringComparer.Ordinal);
        Assert.Equal(row.Expected.Order(StringComparer.Ordinal), actual);
    }

    [Fact]
    public void Should_name_the_deciding_policy_When_a_credential_endpoint_is_reachable()
    {
        var report = Auditor.Run(Yaml.Load(Join(WebPod, V4OnlyExcept)), new AuditOptions(EndpointCatalog.ForProviders(["aws"])));

        var finding = Assert.Single(report.Findings, f => f.RuleId == "MF001");
        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(
            "Pod app/web can reach credential endpoints at fd00:ec2::254 (80/TCP: aws-imds). An SSRF bug or a compromised container there can read the node's cloud credentials. Decided by: NetworkPolicy app/v4-only egress rule 0: to ipBlock ::/0, all ports.",
            finding.Message);
        Assert.Contains("fd00:ec2::254/128", finding.Remediation, StringComparison.Ordinal);
    }
}
