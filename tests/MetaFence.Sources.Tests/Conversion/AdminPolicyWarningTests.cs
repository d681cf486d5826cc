using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

/// <summary>Cluster-wide policies the CRD accepts, with what MetaFence warns about; the policy is kept.</summary>
public class AdminPolicyWarningTests
{
    private const string Anp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: p}\nspec: {priority: 1, subject: {namespaces: {}}, ";
    private const string Banp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\nspec: {subject: {namespaces: {}}, ";
    private const string Cnp = "apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: p}\nspec: {tier: Admin, priority: 1, subject: {namespaces: {}}, ";

    public sealed record Row(string Rule, string Yaml, string Message)
    {
        public override string ToString() => $"rule {Rule}: {Message}";
    }

    public static TheoryData<Row> Rows => new()
    {
        // v1alpha1 CIDRs pass the CEL rule but "must be validated by implementations using net.ParseCIDR".
        new("24", Anp + "egress: [{action: Deny, to: [{networks: [010.0.0.0/8]}]}]}",
            "spec.egress[0].to[0].networks[0]: 010.0.0.0/8 has leading zeros; MetaFence reads them as decimal, 10.0.0.0/8, but enforcement is uncertain: "
            + "implementations parse networks with Go's net.ParseCIDR, which rejects leading zeros; write 10.0.0.0/8"),
        new("25", Anp + "egress: [{action: Deny, to: [{networks: [\"::ffff:a9fe:a9fe/128\"]}]}]}",
            "spec.egress[0].to[0].networks[0]: ::ffff:a9fe:a9fe/128 is an IPv4-mapped IPv6 CIDR; MetaFence reads it as the IPv4 CIDR 169.254.169.254/32, "
            + "but enforcement is uncertain: implementations parse it with Go's net.ParseCIDR as IPv6 and may never match IPv4 traffic; write 169.254.169.254/32"),
        new("23", Cnp + "egress: [{action: Deny, to: [{networks: [10.1.2.3/8]}]}]}",
            "spec.egress[0].to[0].networks[0]: 10.1.2.3/8 has host bits set; the API server accepts it as 10.0.0.0/8"),
        new("49", Banp + "egress: [{action: Deny, to: [{networks: [10.0.0.0/8], domainNames: [example.com]}]}]}",
            "spec.egress[0].to[0]: BaselineAdminNetworkPolicy egress peers have no domainNames; the API server drops it and keeps networks"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_keep_the_policy_and_warn_When_the_crd_accepts_it(Row row)
    {
        var snapshot = Yaml.Load(row.Yaml);

        Assert.Single(snapshot.AdminPolicies);
        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal((row.Rule, false, row.Message), (problem.Rule, problem.Rejected, problem.Message));
    }

    [Fact]
    public void Should_keep_the_policy_without_problems_When_its_ingress_rules_are_valid()
    {
        // Ingress is validated, not evaluated: a peer of a newer type there needs no fail-closed warning.
        var snapshot = Yaml.Load(Cnp
            + "ingress: [{action: Accept, from: [{pods: {podSelector: {}}}], protocols: [{tcp: {destinationPort: {number: 443}}}]},"
            + " {action: Deny, from: [{externalNetworkSet: x}]}],"
            + " egress: [{action: Deny, to: [{networks: [169.254.169.254/32]}]}]}");

        Assert.Empty(snapshot.Problems);
        var policy = Assert.Single(snapshot.AdminPolicies);

        Assert.Equal(AdminAction.Deny, Assert.Single(policy.Egress).Action);
    }

    [Fact]
    public void Should_accept_a_named_port_When_its_rule_has_only_pod_peers()
    {
        // The CEL rule is per rule: a networks peer in another rule does not matter.
        var snapshot = Yaml.Load(Anp
            + "egress: [{action: Deny, to: [{networks: [169.254.169.254/32]}]},"
            + " {action: Allow, to: [{pods: {namespaceSelector: {}, podSelector: {}}}], ports: [{namedPort: http}]}]}");

        Assert.Empty(snapshot.Problems);
        var policy = Assert.Single(snapshot.AdminPolicies);

        Assert.Equal(2, policy.Egress.Length);
    }
}
