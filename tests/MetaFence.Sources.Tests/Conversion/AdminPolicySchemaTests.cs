using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

/// <summary>
/// What the CRD schemas and CEL rules of kubernetes-sigs/network-policy-api refuse beyond the basics
/// (review fixes): CIDR forms per API version, named ports with networks, empty lists, list limits,
/// peer fields per kind and direction, ingress rules. Each row rejects the whole object.
/// </summary>
public class AdminPolicySchemaTests
{
    private const string Anp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: p}\nspec: {priority: 1, subject: {namespaces: {}}, ";
    private const string Banp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\nspec: {subject: {namespaces: {}}, ";
    private const string Cnp = "apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: p}\nspec: {tier: Admin, priority: 1, subject: {namespaces: {}}, ";
    private const string DenyMetadata = "{action: Deny, to: [{networks: [169.254.169.254/32]}]}";

    /// <summary>A policy the CRD validation rejects, the SEMANTICS rule and the exact message.</summary>
    public sealed record Row(string Rule, string Yaml, string Message)
    {
        public override string ToString() => $"rule {Rule}: {Message}";
    }

    public static TheoryData<Row> Rows => new()
    {
        // IPv4-mapped IPv6 and leading zeros in networks: v1alpha1 CEL, v1alpha2 isCIDR.
        new("49", Anp + "egress: [{action: Deny, to: [{networks: [\"::ffff:169.254.170.2/128\"]}]}]}",
            "spec.egress[0].to[0].networks[0]: ::ffff:169.254.170.2/128 is an IPv4-mapped IPv6 CIDR, which the v1alpha1 CIDR type refuses "
            + "(IPv4 embedded in IPv6 is not supported); expected the IPv4 CIDR 169.254.170.2/32"),
        new("49", Cnp + "egress: [{action: Deny, to: [{networks: [\"::ffff:169.254.170.2/128\"]}]}]}",
            "spec.egress[0].to[0].networks[0]: ::ffff:169.254.170.2/128 is an IPv4-mapped IPv6 CIDR, which isCIDR refuses; expected the IPv4 CIDR 169.254.170.2/32"),
        new("49", Cnp + "egress: [{action: Deny, to: [{networks: [\"::ffff:a9fe:aa02/128\"]}]}]}",
            "spec.egress[0].to[0].networks[0]: ::ffff:a9fe:aa02/128 is an IPv4-mapped IPv6 CIDR, which isCIDR refuses; expected the IPv4 CIDR 169.254.170.2/32"),
        new("49", Cnp + "egress: [{action: Deny, to: [{networks: [010.0.0.0/8]}]}]}",
            "spec.egress[0].to[0].networks[0]: 010.0.0.0/8 has leading zeros, which isCIDR (netip.ParsePrefix) refuses; expected 10.0.0.0/8"),

        // CEL: networks, nodes and domainNames have no named ports.
        new("50", Anp + "egress: [{action: Allow, to: [{namespaces: {}}, {networks: [10.0.0.0/8]}], ports: [{namedPort: http}]}]}",
            "spec.egress[0]: the rule has a namedPort and a networks peer; expected numbered ports only, or the named port in a rule of its own "
            + "(networks, nodes and domainNames have no named ports)"),
        new("50", Banp + "egress: [{action: Allow, to: [{nodes: {}}], ports: [{namedPort: http}]}]}",
            "spec.egress[0]: the rule has a namedPort and a nodes peer; expected numbered ports only, or the named port in a rule of its own "
            + "(networks, nodes and domainNames have no named ports)"),
        new("52", Cnp + "egress: [{action: Accept, to: [{domainNames: [example.com]}], protocols: [{destinationNamedPort: https}]}]}",
            "spec.egress[0]: the rule has a destinationNamedPort and a domainNames peer; expected numbered ports only, or the named port in a rule of its own "
            + "(networks, nodes and domainNames have no named ports)"),

        // MinItems=1: present but empty lists.
        new("52", Cnp + $"egress: [{{action: Deny, to: [{{namespaces: {{}}}}], protocols: []}}]}}",
            "spec.egress[0].protocols: the list is empty (MinItems=1); expected at least one entry, or leave out protocols to match every port"),
        new("50", Anp + $"egress: [{{action: Deny, to: [{{namespaces: {{}}}}], ports: []}}]}}",
            "spec.egress[0].ports: the list is empty (MinItems=1); expected at least one entry, or leave out ports to match every port"),
        new("49", Cnp + "egress: [{action: Deny, to: [{networks: []}]}]}",
            "spec.egress[0].to[0].networks: the list is empty; expected at least one CIDR"),
        new("49", Anp + "ingress: [{action: Deny, from: []}]}",
            "spec.ingress[0].from: the rule has no peers; expected at least one peer in from"),

        // MaxItems.
        new("49", Cnp + $"egress: [{{action: Deny, to: [{{networks: [{Cidrs(26)}]}}]}}]}}",
            "spec.egress[0].to[0].networks: the list has 26 entries; expected at most 25 CIDRs (MaxItems=25)"),
        new("49", Anp + $"egress: [{{action: Allow, to: [{{domainNames: [{string.Join(", ", Enumerable.Range(1, 26).Select(i => $"d{i}.example.com"))}]}}]}}]}}",
            "spec.egress[0].to[0].domainNames: the list has 26 entries; expected at most 25 domain names (MaxItems=25)"),
        new("52", Cnp + $"egress: [{string.Join(", ", Enumerable.Repeat(DenyMetadata, 26))}]}}",
            "spec.egress: the policy has 26 egress rules; expected at most 25 (MaxItems=25)"),
        new("52", Cnp + $"ingress: [{string.Join(", ", Enumerable.Repeat("{action: Deny, from: [{namespaces: {}}]}", 26))}]}}",
            "spec.ingress: the policy has 26 ingress rules; expected at most 25 (MaxItems=25)"),
        new("44", Anp + $"egress: [{string.Join(", ", Enumerable.Repeat(DenyMetadata, 101))}]}}",
            "spec.egress: the policy has 101 egress rules; expected at most 100 (MaxItems=100)"),
        new("48", Banp + $"egress: [{string.Join(", ", Enumerable.Repeat(DenyMetadata, 101))}]}}",
            "spec.egress: the policy has 101 egress rules; expected at most 100 (MaxItems=100)"),
        new("49", Cnp + $"egress: [{{action: Deny, to: [{string.Join(", ", Enumerable.Repeat("{namespaces: {}}", 26))}]}}]}}",
            "spec.egress[0].to: the rule has 26 peers; expected at most 25 (ClusterNetworkPolicy to has MaxItems=25)"),
        new("49", Anp + $"egress: [{{action: Deny, to: [{string.Join(", ", Enumerable.Repeat("{namespaces: {}}", 101))}]}}]}}",
            "spec.egress[0].to: the rule has 101 peers; expected at most 100 (AdminNetworkPolicy to has MaxItems=100)"),
        new("52", Cnp + $"egress: [{{action: Deny, to: [{{namespaces: {{}}}}], protocols: [{string.Join(", ", Enumerable.Range(1, 26).Select(p => $"{{tcp: {{destinationPort: {{number: {p}}}}}}}"))}]}}]}}",
            "spec.egress[0].protocols: the list has 26 entries; expected at most 25 (MaxItems=25)"),

        // Peer fields per kind and direction; MinProperties=1.
        new("49", Banp + "egress: [{action: Allow, to: [{domainNames: [example.com]}]}]}",
            "spec.egress[0].to[0]: BaselineAdminNetworkPolicy egress peers have no domainNames, so the API server drops it and the peer is empty; "
            + "expected exactly one of namespaces, pods, nodes or networks"),
        new("49", Cnp + "egress: [{action: Deny, to: [{}]}]}",
            "spec.egress[0].to[0]: the peer is empty (MinProperties=1); expected exactly one of namespaces, pods, nodes, networks or domainNames"),
        new("49", Anp + "egress: [{action: Deny, to: [{networks: null}]}]}",
            "spec.egress[0].to[0]: the peer is empty (MinProperties=1); expected exactly one of namespaces, pods, nodes, networks or domainNames"),

        // Ingress rules are validated too.
        new("52", Cnp + "ingress: [{action: Allow, from: [{namespaces: {}}]}]}",
            "spec.ingress[0].action: \"Allow\" is not an action here; expected Accept, Deny or Pass (v1alpha2 renamed Allow to Accept)"),
        new("48", Banp + "ingress: [{action: Pass, from: [{namespaces: {}}]}]}",
            "spec.ingress[0].action: \"Pass\" is not an action here; expected Allow or Deny (the baseline tier cannot pass)"),
        new("49", Anp + "ingress: [{action: Deny, from: [{networks: [10.0.0.0/8]}]}]}",
            "spec.ingress[0].from[0]: AdminNetworkPolicy ingress peers have no networks, so the API server drops it and the peer is empty; "
            + "expected exactly one of namespaces or pods"),
        new("49", Cnp + "ingress: [{action: Deny, from: [{}]}]}",
            "spec.ingress[0].from[0]: the peer is empty (MinProperties=1); expected exactly one of namespaces or pods"),
        new("50", Anp + "ingress: [{action: Deny, from: [{namespaces: {}}], ports: [{portNumber: {protocol: TCP, port: 0}}]}]}",
            "spec.ingress[0].ports[0].portNumber.port: 0 is not a valid port; expected a number 1-65535"),
        new("49", Cnp + "ingress: [{action: Deny, to: [{namespaces: {}}]}]}",
            "spec.ingress[0].from: the rule has no peers; expected at least one peer in from"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_reject_the_whole_policy_When_the_crd_schema_or_cel_would(Row row)
    {
        var result = Yaml.Read(row.Yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Snapshot.AdminPolicies);
        var problem = Assert.Single(result.Snapshot.Problems);
        Assert.Equal((row.Rule, true, row.Message), (problem.Rule, problem.Rejected, problem.Message));
    }

    private static string Cidrs(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"10.{i}.0.0/16"));
}
