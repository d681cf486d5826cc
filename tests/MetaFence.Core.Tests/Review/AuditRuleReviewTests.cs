using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Review.ReviewWorld;

namespace MetaFence.Core.Tests.Review;

/// <summary>Audit rules: messages that name the wrong thing, remediations that do not fix or that break.</summary>
public sealed class AuditRuleReviewTests
{
    private const string DenyAllEgress = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: deny-all, namespace: app}
        spec: {podSelector: {}, policyTypes: [Egress]}
        """;

    private const string CoreDns = """
        apiVersion: v1
        kind: Pod
        metadata: {name: coredns-1, namespace: kube-system, labels: {k8s-app: kube-dns}}
        spec: {containers: [{name: c, image: i}]}
        status: {phase: Running, podIP: 10.0.9.10}
        """;

    [Fact]
    public void Should_name_kube_dns_When_MF004_reports_a_real_kube_dns_pod()
    {
        // SEMANTICS 40: the resolver here is the kube-dns pod 10.0.9.10; no NodeLocal DNS runs.
        // EgressWithoutDnsRule.Missing names every resolver other than the stand-in's IP "NodeLocal DNS".
        var report = AuditYaml(Join(WebPod, CoreDns, DenyAllEgress));

        var finding = Assert.Single(report.Findings, f => f.RuleId == "MF004" && f.Namespace == "app");
        Assert.DoesNotContain("NodeLocal", finding.Message, StringComparison.Ordinal);
        Assert.Contains("to kube-dns", finding.Message, StringComparison.Ordinal);
    }

    public sealed record FenceRow(string Why, string Yaml)
    {
        public override string ToString() => Why;
    }

    public static TheoryData<FenceRow> FenceRows => new()
    {
        // Verified right: no policy at all, the fence isolates and blocks (rules 6, 20, 22).
        new("no policy: the fence works", WebPod),

        // SEMANTICS 7, 9: policies are a union; adding the fence cannot take away what
        // "allow-all" allows. The remediation must point at the allowing rule instead.
        new("SEMANTICS 7, 9: another NetworkPolicy already allows all egress", Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: allow-all, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress: [{}]
            """)),

        // SEMANTICS 43, 44: an admin-tier Allow decides before any NetworkPolicy.
        new("SEMANTICS 43, 44: an ANP Allow decides before NetworkPolicy", Join(WebPod, """
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: {name: allow-imds}
            spec:
              priority: 5
              subject: {namespaces: {}}
              egress:
              - action: Allow
                to: [{networks: [169.254.169.254/32]}]
            """)),
    };

    [Theory]
    [MemberData(nameof(FenceRows))]
    public void Should_clear_MF001_When_the_remediation_it_suggests_is_applied(FenceRow row)
    {
        var before = AuditYaml(row.Yaml);
        var finding = Assert.Single(before.Findings, f => f.RuleId == "MF001");
        Assert.NotNull(finding.Remediation);

        var after = AuditYaml(Join(row.Yaml, finding.Remediation));

        Assert.DoesNotContain(after.Findings, f => f.RuleId == "MF001");
    }

    [Fact]
    public void Should_not_open_egress_of_already_isolated_pods_When_the_suggested_fence_is_applied()
    {
        // SEMANTICS 7: allowed egress is the union of every selecting policy. The fence selects every
        // pod of the namespace (podSelector: {}) and allows 0.0.0.0/0 and ::/0 minus the metadata
        // addresses, so the db pods, deliberately cut off by deny-db, gain the whole internet.
        var world = Join(WebPod, """
            apiVersion: v1
            kind: Pod
            metadata: {name: db, namespace: app, labels: {app: db}}
            spec: {containers: [{name: db, image: db}]}
            status: {phase: Running, podIP: 10.0.0.6}
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny-db, namespace: app}
            spec: {podSelector: {matchLabels: {app: db}}, policyTypes: [Egress]}
            """);
        Assert.False(Evaluate(Yaml.Load(world), "db", "192.0.2.10", 443).Allowed);
        var finding = Assert.Single(AuditYaml(world).Findings, f => f.RuleId == "MF001");

        var after = Yaml.Load(Join(world, finding.Remediation!));

        Assert.False(Evaluate(after, "db", "192.0.2.10", 443).Allowed);
    }

    [Fact]
    public void Should_not_suggest_a_fence_that_MF006_flags_When_the_subject_runs_in_kube_system()
    {
        // DESIGN "common mistakes": blocking kube-system breaks cloud controllers, the autoscaler
        // and CSI drivers; MF006 reports exactly that. MF001/MF003 nevertheless suggest
        // Remediation.NamespaceFence("kube-system"), and applying it raises MF006.
        var controller = """
            apiVersion: v1
            kind: Pod
            metadata: {name: ebs-csi-controller-0, namespace: kube-system, labels: {app: ebs-csi-controller}}
            spec: {containers: [{name: c, image: i}]}
            status: {phase: Running, podIP: 10.0.9.20}
            """;
        var before = AuditYaml(controller);
        var fences = before.Findings.Where(f => f.Namespace == "kube-system" && f.Remediation is not null
            && f.Remediation.Contains("kind: NetworkPolicy", StringComparison.Ordinal)).ToList();

        Assert.All(fences, f =>
            Assert.DoesNotContain(AuditYaml(Join(controller, f.Remediation!)).Findings, g => g.RuleId == "MF006"));
    }

    [Fact]
    public void Should_not_claim_an_except_is_undone_When_the_excepting_policy_selects_other_pods()
    {
        // SEMANTICS 9: an except is re-allowed only by rules that apply to the same pods. Here
        // web-fence selects app=web and db-port80 selects app=db: the web pods stay fenced, yet
        // MF007 says web-fence's except "is not a deny and this rule allows it again".
        var report = AuditYaml(Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web-fence, namespace: app}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}]
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: db-port80, namespace: app}
            spec:
              podSelector: {matchLabels: {app: db}}
              policyTypes: [Egress]
              egress:
              - ports: [{port: 80}]
            """));

        Assert.All(report.Findings.Where(f => f.RuleId == "MF007"),
            f => Assert.DoesNotContain("web-fence", f.Message, StringComparison.Ordinal));
    }
}
