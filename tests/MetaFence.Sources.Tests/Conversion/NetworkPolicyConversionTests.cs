using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class NetworkPolicyConversionTests
{
    private static NetworkPolicyInfo Policy(string spec) => Assert.Single(Yaml.Load($"""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {"{"}name: np, namespace: shop{"}"}
        spec: {spec}
        """).NetworkPolicies);

    /// <summary>A spec and the policy types it ends up with.</summary>
    public sealed record TypesRow(string Rule, string Spec, bool Ingress, bool Egress, int EgressRules)
    {
        public override string ToString() => $"rule {Rule}: {Spec}";
    }

    public static TheoryData<TypesRow> TypesRows => new()
    {
        new("3", "{podSelector: {}}", true, false, 0),
        new("3", "{egress: []}", true, false, 0),
        new("3", "{policyTypes: [], egress: [{}]}", true, true, 1),
        new("4", "{egress: [{}]}", true, true, 1),
        new("5", "{policyTypes: [Egress], ingress: [{}]}", false, true, 0),
        new("5", "{policyTypes: [Ingress], egress: [{}]}", true, false, 0),
        new("5", "{policyTypes: [Ingress, Egress], egress: [{}, {}]}", true, true, 2),
    };

    [Theory]
    [MemberData(nameof(TypesRows))]
    public void Should_default_policy_types_as_the_api_server_does_When_policy_types_are_omitted_or_explicit(TypesRow row)
    {
        var policy = Policy(row.Spec);

        Assert.Equal((row.Ingress, row.Egress, row.EgressRules), (policy.AppliesToIngress, policy.AppliesToEgress, policy.Egress.Length));
    }

    [Theory]
    [InlineData("{egress: [{}]}")]
    [InlineData("{podSelector: null, egress: [{}]}")]
    public void Should_select_every_pod_When_the_pod_selector_is_absent_or_null(string spec) =>
        Assert.True(Policy(spec).PodSelector.IsEverything); // Rule 2

    [Fact]
    public void Should_compile_selectors_sorted_When_match_labels_and_expressions_are_given()
    {
        var policy = Policy("""
            {podSelector: {matchLabels: {tier: web, app: shop}, matchExpressions: [{key: env, operator: In, values: [prod, dev]}, {key: debug, operator: DoesNotExist}]}}
            """);

        Assert.Equal("app=shop,!debug,env in (dev,prod),tier=web", policy.PodSelector.ToString());
    }

    [Fact]
    public void Should_convert_every_peer_kind_When_egress_rules_name_peers()
    {
        var rule = Assert.Single(Policy("""
            {policyTypes: [Egress], egress: [{to: [
              {podSelector: {matchLabels: {app: db}}},
              {namespaceSelector: {}},
              {namespaceSelector: {matchLabels: {team: a}}, podSelector: {}},
              {ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32, 10.0.0.0/8]}}]}]}
            """).Egress);

        Assert.Equal(
            ["podSelector app=db", "namespaceSelector {}", "namespaceSelector team=a and podSelector {}", "ipBlock 0.0.0.0/0 except 169.254.169.254/32, 10.0.0.0/8"],
            rule.To.Select(p => p.ToString()));
        var block = rule.To[3].IpBlock ?? IpSet.Empty;
        Assert.True(block.Contains(Ip("8.8.8.8")));
        Assert.False(block.Contains(Ip("169.254.169.254")));
        Assert.False(block.Contains(Ip("10.1.2.3")));
        Assert.False(block.Contains(Ip("fd00:ec2::254"))); // Rule 22: families are disjoint.
    }

    [Fact]
    public void Should_convert_ports_with_defaults_When_egress_rules_list_ports()
    {
        var rule = Assert.Single(Policy("""
            {egress: [{ports: [{}, {port: 53, protocol: UDP}, {port: 53}, {port: dns-tcp}, {port: 30000, endPort: 32767, protocol: SCTP}]}]}
            """).Egress);

        // Rules 31–34: TCP by default, no port = all ports, names, inclusive ranges.
        Assert.Equal(["*/TCP", "53/UDP", "53/TCP", "dns-tcp/TCP", "30000-32767/SCTP"], rule.Ports.Select(p => p.ToString()));
        Assert.Empty(rule.To); // Rule 11
    }

    [Fact]
    public void Should_locate_the_policy_and_each_rule_When_converted()
    {
        var snapshot = Yaml.Load("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: np}
            spec:
              egress:
              - to: [{podSelector: {}}]
              - ports: [{port: 53}]
            """);

        var policy = Assert.Single(snapshot.NetworkPolicies);
        Assert.Equal(new SourceLocation("test.yaml", 1, "", 1), policy.Location);
        Assert.Equal([new SourceLocation("test.yaml", 1, "spec.egress[0]", 6), new SourceLocation("test.yaml", 1, "spec.egress[1]", 7)], policy.Egress.Select(r => r.Location));
        Assert.Equal([0, 1], policy.Egress.Select(r => r.Index));
    }

    private static IpAddress Ip(string text) => IpAddress.TryParse(text, out var ip) ? ip : throw new ArgumentException(text);
}
