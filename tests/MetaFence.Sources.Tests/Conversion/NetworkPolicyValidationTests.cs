using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class NetworkPolicyValidationTests
{
    /// <summary>A spec the API server rejects or warns about, the SEMANTICS rule and the exact message.</summary>
    public sealed record Row(string Rule, string Spec, string Message, bool Rejected = true)
    {
        public override string ToString() => $"rule {Rule}: {Spec}";
    }

    public static TheoryData<Row> Rows => new()
    {
        new("12", "{egress: [{to: [{}]}]}",
            "spec.egress[0].to[0]: the peer is empty; expected ipBlock, namespaceSelector or podSelector (to allow every destination, leave out to)"),
        new("12", "{egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]}",
            "spec.egress[0].to[0]: the peer sets ipBlock together with podSelector; expected either ipBlock alone or selectors alone, as separate peers"),
        new("12", "{ingress: [{from: [{}]}]}",
            "spec.ingress[0].from[0]: the peer is empty; expected ipBlock, namespaceSelector or podSelector (to allow every destination, leave out to)"),
        new("19", "{podSelector: {matchExpressions: [{key: app, operator: In}]}}",
            "spec.podSelector.matchExpressions[0].values: operator In needs at least one value; expected a non-empty list of values"),
        new("19", "{podSelector: {matchExpressions: [{key: app, operator: Exists, values: [a]}]}}",
            "spec.podSelector.matchExpressions[0].values: operator Exists takes no values; expected no values list"),
        new("19", "{egress: [{to: [{podSelector: {matchExpressions: [{key: app, operator: in, values: [a]}]}}]}]}",
            "spec.egress[0].to[0].podSelector.matchExpressions[0].operator: \"in\" is not a selector operator; expected In, NotIn, Exists or DoesNotExist"),
        new("21", "{egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}}]}]}",
            "spec.egress[0].to[0].ipBlock.except[0]: 10.0.0.0/8 is not a strict subset of cidr 10.0.0.0/8"),
        new("21", "{egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [192.168.0.0/16]}}]}]}",
            "spec.egress[0].to[0].ipBlock.except[0]: 192.168.0.0/16 is not a strict subset of cidr 10.0.0.0/8"),
        new("21", "{egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0, except: [\"fd00:ec2::254/128\"]}}]}]}",
            "spec.egress[0].to[0].ipBlock.except[0]: fd00:ec2::254/128 is not a strict subset of cidr 0.0.0.0/0 (it is IPv6 and the cidr is IPv4; block IPv6 in a second ipBlock)"),
        new("21", "{egress: [{to: [{ipBlock: {cidr: 300.1.1.1/8}}]}]}",
            "spec.egress[0].to[0].ipBlock.cidr: \"300.1.1.1/8\" is not a valid CIDR; expected an IPv4 or IPv6 CIDR such as 10.0.0.0/8 or fd00::/8"),
        new("21", "{egress: [{to: [{ipBlock: {except: [10.0.0.0/8]}}]}]}",
            "spec.egress[0].to[0].ipBlock.cidr: the CIDR is missing; expected a CIDR such as 10.0.0.0/8 or fd00::/8"),
        new("33", "{egress: [{ports: [{endPort: 90}]}]}",
            "spec.egress[0].ports[0].endPort: endPort needs a port; expected port to be set to the first port of the range"),
        new("33", "{egress: [{ports: [{port: 443, endPort: 80}]}]}",
            "spec.egress[0].ports[0].endPort: 80 is less than port 443; expected a number from 443 to 65535"),
        new("33", "{egress: [{ports: [{port: dns, endPort: 80}]}]}",
            "spec.egress[0].ports[0].endPort: endPort cannot follow a named port; expected a numeric port with endPort"),
        new("33", "{egress: [{ports: [{port: 70000}]}]}",
            "spec.egress[0].ports[0].port: 70000 is not a valid port; expected a number 1-65535 or a port name"),
        new("33", "{egress: [{ports: [{port: 8000, endPort: 70000}]}]}",
            "spec.egress[0].ports[0].endPort: 70000 is not a valid port; expected a number 1-65535"),
        new("34", "{egress: [{ports: [{port: \"80\"}]}]}",
            "spec.egress[0].ports[0].port: \"80\" is not a valid port; expected a number 1-65535 or a port name (write 80 without quotes)"),
        new("34", "{egress: [{ports: [{port: Web_Port}]}]}",
            "spec.egress[0].ports[0].port: \"Web_Port\" is not a valid port; expected a number 1-65535 or a port name"),
        new("35", "{egress: [{ports: [{port: 80, protocol: ICMP}]}]}",
            "spec.egress[0].ports[0].protocol: \"ICMP\" is not a supported protocol; expected TCP, UDP or SCTP"),
        new("35", "{egress: [{ports: [{port: 80, protocol: tcp}]}]}",
            "spec.egress[0].ports[0].protocol: \"tcp\" is not a supported protocol; expected TCP, UDP or SCTP"),
        new("5", "{policyTypes: [egress]}",
            "spec.policyTypes[0]: \"egress\" is not a policy type; expected Ingress or Egress"),
        new("23", "{egress: [{to: [{ipBlock: {cidr: 10.1.2.3/8}}]}]}",
            "spec.egress[0].to[0].ipBlock.cidr: 10.1.2.3/8 has host bits set; the API server accepts it as 10.0.0.0/8", Rejected: false),
        new("24", "{egress: [{to: [{ipBlock: {cidr: 010.0.0.0/8}}]}]}",
            "spec.egress[0].to[0].ipBlock.cidr: 010.0.0.0/8 has leading zeros; the API server reads them as decimal, 10.0.0.0/8", Rejected: false),
        new("25", "{egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0, except: [\"::ffff:169.254.169.254/128\"]}}]}]}",
            "spec.egress[0].to[0].ipBlock.except[0]: ::ffff:169.254.169.254/128 is an IPv4-mapped IPv6 CIDR; it is read as the IPv4 CIDR 169.254.169.254/32", Rejected: false),
        new("25", "{egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [\"::ffff:10.1.0.0/112\"]}}]}]}",
            "spec.egress[0].to[0].ipBlock.except[0]: ::ffff:10.1.0.0/112 is an IPv4-mapped IPv6 CIDR; it is read as the IPv4 CIDR 10.1.0.0/16", Rejected: false),
    };

    [Theory]
    [InlineData("::ffff:0.0.0.0/96", "169.254.169.254/32", "96 and 32; write both in the same form, e.g. cidr 0.0.0.0/0")]
    [InlineData("::ffff:10.0.0.0/104", "10.1.0.0/16", "104 and 16; write both in the same form, e.g. cidr 10.0.0.0/8")]
    public void Should_reject_the_policy_When_the_raw_cidr_prefix_is_not_shorter_than_the_raw_except_prefix(string cidr, string except, string lengths)
    {
        // Review fix, rule 21: ValidateIPBlock compares Mask.Size() of each CIDR as written, so the
        // mapped /96 (IPv4 /0) does not strictly contain an IPv4 /32.
        var snapshot = Yaml.Load($$$"""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: np, namespace: shop}
            spec: {egress: [{to: [{ipBlock: {cidr: "{{{cidr}}}", except: [{{{except}}}]}}]}]}
            """);

        Assert.Empty(snapshot.NetworkPolicies);
        Assert.Equal([("25", false), ("21", true)], snapshot.Problems.Select(p => (p.Rule, p.Rejected)));
        Assert.Equal(
            $"spec.egress[0].to[0].ipBlock.except[0]: {except} is not a strict subset of cidr {cidr} (the API server compares the prefix lengths as written, {lengths})",
            snapshot.Problems[1].Message);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_reject_the_whole_policy_or_warn_When_the_api_server_would(Row row)
    {
        var result = Yaml.Read($"""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {"{"}name: np, namespace: shop{"}"}
            spec: {row.Spec}
            """);

        var problem = Assert.Single(result.Snapshot.Problems);
        Assert.Equal(new ObjectProblem(new ObjectRef("NetworkPolicy", "shop", "np"), row.Rejected, row.Rule, row.Message, problem.Location), problem);
        Assert.Equal(row.Message[..row.Message.IndexOf(':', StringComparison.Ordinal)], problem.Location?.Path);
        Assert.Equal(row.Rejected ? 0 : 1, result.Snapshot.NetworkPolicies.Length);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_report_every_problem_and_keep_the_valid_policies_When_one_policy_is_rejected()
    {
        var snapshot = Yaml.Load("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: bad}
            spec:
              egress:
              - to: [{}]
                ports: [{port: 0}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: good}
            spec: {podSelector: {}}
            """);

        Assert.Equal("good", Assert.Single(snapshot.NetworkPolicies).Name);
        Assert.Equal([("12", 6), ("33", 7)], snapshot.Problems.Select(p => (p.Rule, p.Location?.Line ?? 0)));
        Assert.All(snapshot.Problems, p => Assert.True(p.Rejected));
    }

    [Fact]
    public void Should_name_the_field_from_the_document_root_When_the_policy_is_a_list_item()
    {
        var snapshot = Yaml.Load("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: networking.k8s.io/v1
              kind: NetworkPolicy
              metadata: {name: np}
              spec: {egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}}]}]}
            """);

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal("items[0].spec.egress[0].to[0].ipBlock.except[0]: 10.0.0.0/8 is not a strict subset of cidr 10.0.0.0/8", problem.Message);
        Assert.Equal(new SourceLocation("test.yaml", 1, "items[0].spec.egress[0].to[0].ipBlock.except[0]", 7), problem.Location);
    }
}
