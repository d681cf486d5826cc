using MetaFence.Core.Evaluation;
using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Review.ReviewWorld;

namespace MetaFence.Core.Tests.Review;

/// <summary>
/// Cluster-wide policies the CRD schema or CEL rules reject, which MetaFence still evaluates.
/// SEMANTICS choice for 12, 21, 19: "an object the API server would reject does not exist:
/// evaluate without it". Every row denies 169.254.169.254 in an object that cannot exist, so
/// the expected verdict is DefaultAllow (reachable); MetaFence answers AdminDeny (a wrong "blocked").
/// </summary>
public sealed class AdminPolicyValidationReviewTests
{
    private const string Anp = """
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: {name: deny-imds}
        spec:
          priority: 10
          subject: {namespaces: {}}
        """;

    private const string Cnp = """
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata: {name: deny-imds}
        spec:
          tier: Admin
          priority: 10
          subject: {namespaces: {}}
        """;

    private const string Banp = """
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: {name: default}
        spec:
          subject: {namespaces: {}}
        """;

    public sealed record Row(string Why, string Yaml)
    {
        public override string ToString() => Why;
    }

    public static TheoryData<Row> Rows => new()
    {
        // v1alpha1 CIDR type: XValidation "self.contains(':') != self.contains('.')"
        // ("IPv4 address embedded in IPv6 addresses are not supported"). Rule 25's warning is for
        // NetworkPolicy's legacy ipBlock field only.
        new("rule 49 + choice 12/21/19: v1alpha1 networks rejects IPv4-mapped IPv6 CIDRs", Anp + """

              egress:
              - action: Deny
                to: [{networks: ["169.254.169.254/32", "::ffff:169.254.170.2/128"]}]
            """),

        // v1alpha2 CIDR type: XValidation "isCIDR(self)"; the CEL CIDR library (netip.ParsePrefix)
        // rejects IPv4-mapped addresses and leading zeros.
        new("rule 52 + choice: v1alpha2 networks (isCIDR) rejects IPv4-mapped IPv6 CIDRs", Cnp + """

              egress:
              - action: Deny
                to: [{networks: ["169.254.169.254/32", "::ffff:169.254.170.2/128"]}]
            """),
        new("rule 52 + choice: v1alpha2 networks (isCIDR, netip.ParsePrefix) rejects leading zeros", Cnp + """

              egress:
              - action: Deny
                to: [{networks: ["169.254.169.254/32", "010.0.0.0/8"]}]
            """),

        // Rule 50: "namedPort (experimental; CEL forbids it with networks/nodes/domainNames)".
        new("rule 50: v1alpha1 CEL forbids namedPort in a rule with a networks peer", Anp + """

              egress:
              - action: Deny
                to: [{networks: [169.254.169.254/32]}]
              - action: Allow
                to: [{networks: [10.0.0.0/8]}]
                ports: [{namedPort: http}]
            """),
        new("rule 52: v1alpha2 CEL forbids destinationNamedPort with networks", Cnp + """

              egress:
              - action: Deny
                to: [{networks: [169.254.169.254/32]}]
              - action: Accept
                to: [{networks: [10.0.0.0/8]}]
                protocols: [{destinationNamedPort: http}]
            """),

        // Rule 52: protocols has MinItems=1; an empty list is rejected, not "all ports".
        new("rule 52: v1alpha2 protocols: [] violates MinItems=1", Cnp + """

              egress:
              - action: Deny
                to: [{networks: [169.254.169.254/32]}]
                protocols: []
            """),

        // Rules 49/52: egress peers carry MinProperties=1 in every API version, so a literal {}
        // cannot be stored; rule 51's fail-closed reading is for fields a newer CRD knows.
        new("rule 49/51: an empty peer {} violates MinProperties=1 (not an unknown peer type)", Cnp + """

              egress:
              - action: Deny
                to: [{}]
            """),

        // Rule 49: networks <= 25 CIDRs; rule 52: <= 25 rules.
        new("rule 49: more than 25 networks", Cnp + "\n  egress:\n  - action: Deny\n    to: [{networks: [169.254.169.254/32"
            + string.Concat(Enumerable.Range(1, 25).Select(i => $", 10.{i}.0.0/16")) + "]}]\n"),
        new("rule 52: more than 25 egress rules", Cnp + "\n  egress:\n  - {action: Deny, to: [{networks: [169.254.169.254/32]}]}\n"
            + string.Concat(Enumerable.Range(1, 25).Select(i => $"  - {{action: Accept, to: [{{networks: [10.{i}.0.0/16]}}]}}\n"))),

        // v1alpha1 BaselineAdminNetworkPolicyEgressPeer has namespaces, pods, nodes, networks only:
        // domainNames is pruned, the peer is left empty and fails MinProperties=1.
        new("rule 48/49: the BANP has no domainNames peer", Banp + """

              egress:
              - action: Deny
                to: [{networks: [169.254.169.254/32]}]
              - action: Allow
                to: [{domainNames: [example.com]}]
            """),

        // v1alpha1 BANP (and ANP) ports: MinItems=1; an empty list is rejected, not "all ports".
        new("rule 50: v1alpha1 ports: [] violates MinItems=1", Banp + """

              egress:
              - action: Deny
                to: [{networks: [169.254.169.254/32]}]
                ports: []
            """),

        // The CRD validates the whole object, ingress included; AdminPolicySpec has no Ingress, so an
        // invalid ingress rule goes unnoticed. v1alpha2 renamed Allow to Accept, ingress too.
        new("rule 52: an invalid ingress rule (v1alpha1 word Allow in v1alpha2) rejects the whole CNP", Cnp + """

              ingress:
              - action: Allow
                from: [{namespaces: {}}]
              egress:
              - action: Deny
                to: [{networks: [169.254.169.254/32]}]
            """),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_evaluate_without_the_policy_When_the_crd_would_reject_it(Row row)
    {
        var snapshot = Yaml.Load(Join(WebPod, row.Yaml));

        var verdict = Evaluate(snapshot, "web", "169.254.169.254");

        Assert.Equal((true, Decision.DefaultAllow), (verdict.Allowed, verdict.Decision));
        Assert.Empty(snapshot.AdminPolicies);
        Assert.Contains(snapshot.Problems, p => p.Rejected);
    }
}
