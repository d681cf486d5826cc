using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class AdminPolicyValidationTests
{
    private const string Anp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: p}\n";
    private const string Banp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\n";
    private const string Cnp = "apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: p}\n";
    private const string Subject = "subject: {namespaces: {}}";

    /// <summary>A policy the CRD validation rejects, the SEMANTICS rule and the exact message.</summary>
    public sealed record Row(string Rule, string Yaml, string Message)
    {
        public override string ToString() => $"rule {Rule}: {Message}";
    }

    public static TheoryData<Row> Rows => new()
    {
        new("44", Anp + $"spec: {{priority: 1001, {Subject}}}", "spec.priority: 1001 is out of range; expected a number from 0 to 1000"),
        new("44", Anp + $"spec: {{{Subject}}}", "spec.priority: the priority is missing; expected a number from 0 to 1000"),
        new("44", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Drop, to: [{{namespaces: {{}}}}]}}]}}",
            "spec.egress[0].action: \"Drop\" is not an action here; expected Allow, Deny or Pass"),
        new("44", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Accept, to: [{{namespaces: {{}}}}]}}]}}",
            "spec.egress[0].action: \"Accept\" is not an action here; expected Allow, Deny or Pass (Accept is the v1alpha2 word; v1alpha1 says Allow)"),
        new("48", Banp.Replace("default", "baseline", StringComparison.Ordinal) + $"spec: {{{Subject}}}",
            "metadata.name: \"baseline\" is not allowed; expected default (there is one BaselineAdminNetworkPolicy per cluster)"),
        new("48", Banp + $"spec: {{{Subject}, egress: [{{action: Pass, to: [{{namespaces: {{}}}}]}}]}}",
            "spec.egress[0].action: \"Pass\" is not an action here; expected Allow or Deny (the baseline tier cannot pass)"),
        new("52", Cnp + $"spec: {{tier: Admin, priority: 1, {Subject}, egress: [{{action: Allow, to: [{{namespaces: {{}}}}]}}]}}",
            "spec.egress[0].action: \"Allow\" is not an action here; expected Accept, Deny or Pass (v1alpha2 renamed Allow to Accept)"),
        new("52", Cnp + $"spec: {{priority: 1, {Subject}}}", "spec.tier: the tier is missing; expected Admin or Baseline"),
        new("52", Cnp + $"spec: {{tier: Admin, priority: -1, {Subject}}}", "spec.priority: -1 is out of range; expected a number from 0 to 1000"),
        new("46", Anp + "spec: {priority: 1, subject: {namespaces: {}, pods: {namespaceSelector: {}, podSelector: {}}}}",
            "spec.subject: the subject sets both namespaces and pods; expected exactly one of namespaces or pods"),
        new("46", Anp + "spec: {priority: 1}", "spec.subject: the subject is missing; expected exactly one of namespaces or pods"),
        new("46", Anp + "spec: {priority: 1, subject: {pods: {podSelector: {}}}}",
            "spec.subject.pods.namespaceSelector: the namespaceSelector is missing; expected a selector ({} selects all)"),
        new("19", Anp + "spec: {priority: 1, subject: {namespaces: {matchExpressions: [{key: a, operator: NotIn}]}}}",
            "spec.subject.namespaces.matchExpressions[0].values: operator NotIn needs at least one value; expected a non-empty list of values"),
        new("49", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Deny, to: []}}]}}",
            "spec.egress[0].to: the rule has no peers; expected at least one peer in to"),
        new("49", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Deny, to: [{{namespaces: {{}}, networks: [10.0.0.0/8]}}]}}]}}",
            "spec.egress[0].to[0]: the peer sets namespaces and networks; expected exactly one peer type per entry"),
        new("49", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Deny, to: [{{networks: [169.254.169.254]}}]}}]}}",
            "spec.egress[0].to[0].networks[0]: \"169.254.169.254\" is not a valid CIDR; expected an IPv4 or IPv6 CIDR such as 10.0.0.0/8 or fd00::/8"),
        new("49", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Deny, to: [{{domainNames: [example.com]}}]}}]}}",
            "spec.egress[0].to[0].domainNames: domainNames peers are only allowed in Allow or Accept rules; expected networks to deny or pass traffic"),
        new("50", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Deny, to: [{{namespaces: {{}}}}], ports: [{{namedPort: a, portNumber: {{port: 80}}}}]}}]}}",
            "spec.egress[0].ports[0]: the entry sets more than one of portNumber, portRange or namedPort; expected exactly one"),
        new("50", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Deny, to: [{{namespaces: {{}}}}], ports: [{{portRange: {{start: 90, end: 80}}}}]}}]}}",
            "spec.egress[0].ports[0].portRange: start 90 is not below end 80; expected start < end"),
        new("50", Anp + $"spec: {{priority: 1, {Subject}, egress: [{{action: Deny, to: [{{namespaces: {{}}}}], ports: [{{portNumber: {{protocol: ICMP, port: 1}}}}]}}]}}",
            "spec.egress[0].ports[0].portNumber.protocol: \"ICMP\" is not a supported protocol; expected TCP, UDP or SCTP"),
        new("52", Cnp + $"spec: {{tier: Admin, priority: 1, {Subject}, egress: [{{action: Deny, to: [{{namespaces: {{}}}}], protocols: [{{}}]}}]}}",
            "spec.egress[0].protocols[0]: the entry sets none of tcp, udp, sctp or destinationNamedPort; expected exactly one"),
        new("52", Cnp + $"spec: {{tier: Admin, priority: 1, {Subject}, egress: [{{action: Deny, to: [{{namespaces: {{}}}}], protocols: [{{tcp: {{destinationPort: {{number: 0}}}}}}]}}]}}",
            "spec.egress[0].protocols[0].tcp.destinationPort.number: 0 is not a valid port; expected a number 1-65535"),
        new("52", Cnp + $"spec: {{tier: Admin, priority: 1, {Subject}, egress: [{{action: Deny, to: [{{namespaces: {{}}}}], protocols: [{{sctp: {{}}}}]}}]}}",
            "spec.egress[0].protocols[0].sctp.destinationPort: the destinationPort is missing; expected a number or a range (leave out protocols to match every port)"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_reject_the_whole_policy_When_its_crd_validation_would(Row row)
    {
        var result = Yaml.Read(row.Yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Snapshot.AdminPolicies);
        var problem = Assert.Single(result.Snapshot.Problems);
        Assert.Equal((row.Rule, true, row.Message), (problem.Rule, problem.Rejected, problem.Message));
        Assert.Null(problem.Object.Namespace);
    }
}
