using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class CalicoCiliumConversionTests
{
    [Fact]
    public void Should_read_tier_order_selectors_types_and_rules_When_a_global_network_policy_is_given()
    {
        var snapshot = Yaml.Load("""
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata: {name: deny-imds}
            spec:
              order: 10
              selector: "all()"
              namespaceSelector: "has(fenced)"
              egress:
              - action: Deny
                protocol: TCP
                destination: {nets: [169.254.169.254/32], ports: [80, "8000:9000"]}
              - action: Allow
            ---
            apiVersion: projectcalico.org/v3
            kind: Tier
            metadata: {name: security}
            spec: {order: 100, defaultAction: Pass}
            """);

        var policy = Assert.Single(snapshot.CalicoPolicies);
        Assert.Equal(("deny-imds", "default", 10d, true), (policy.Name, policy.Tier, policy.Order, policy.AppliesToEgress)); // Rule 55: egress only → [Egress].
        Assert.Equal("has(fenced)", policy.NamespaceSelector?.Text);
        Assert.Equal([CalicoAction.Deny, CalicoAction.Allow], policy.Egress.Select(r => r.Action));
        Assert.Equal(["80/TCP", "8000-9000/TCP"], policy.Egress[0].Ports.Select(p => p.ToString()));
        Assert.True(policy.Egress[0].Nets?.Contains(IpAddress.V4(0xA9FEA9FE)));
        Assert.Equal("spec.egress[0]", policy.Egress[0].Location?.Path);
        Assert.Equal(new CalicoTierInfo("security", 100, CalicoAction.Pass), Assert.Single(snapshot.CalicoTiers) with { Location = null });
    }

    [Fact]
    public void Should_reject_the_policy_with_its_field_path_When_the_selector_is_outside_the_supported_subset()
    {
        var snapshot = Yaml.Load("""
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata: {name: odd}
            spec:
              selector: "app contains 'x'"
              egress: [{action: Deny}]
            """);

        Assert.Empty(snapshot.CalicoPolicies);
        var problem = Assert.Single(snapshot.Problems);
        Assert.True(problem.Rejected);
        Assert.Equal("spec.selector", problem.Location?.Path);
        Assert.Contains("expected a selector MetaFence understands", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_endpoint_selector_deny_rules_cidr_sets_and_default_deny_When_a_cilium_clusterwide_policy_is_given()
    {
        var policy = Assert.Single(Yaml.Load("""
            apiVersion: cilium.io/v2
            kind: CiliumClusterwideNetworkPolicy
            metadata: {name: block-imds}
            spec:
              endpointSelector: {matchLabels: {"k8s:io.kubernetes.pod.namespace": x}}
              enableDefaultDeny: {egress: false}
              egressDeny:
              - toCIDRSet: [{cidr: 169.254.0.0/16, except: [169.254.170.23/32]}]
                toPorts: [{ports: [{port: "80", protocol: TCP}]}]
              egress:
              - toEntities: [world]
            """).CiliumPolicies);

        Assert.Equal((CiliumPolicyInfo.ClusterwideKind, "block-imds", false), (policy.Kind, policy.Name, policy.DefaultDenyEgress));
        Assert.Equal("io.kubernetes.pod.namespace=x", policy.EndpointSelector.ToString());
        var deny = Assert.Single(policy.EgressDeny);
        Assert.True(deny.ToCidr?.Contains(IpAddress.V4(0xA9FEA9FE)));
        Assert.False(deny.ToCidr?.Contains(IpAddress.V4(0xA9FEAA17)));
        Assert.Equal(["80/TCP"], deny.Ports.Select(p => p.ToString()));
        Assert.Equal([CiliumEntity.World], Assert.Single(policy.Egress).ToEntities.AsEnumerable());
    }

    [Fact]
    public void Should_default_enable_default_deny_When_a_cilium_policy_has_egress_rules()
    {
        var policy = Assert.Single(Yaml.Load("""
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: p, namespace: x}
            spec:
              endpointSelector: {}
              egressDeny: [{toCIDR: [169.254.169.254/32]}]
            """).CiliumPolicies);

        Assert.True(policy.DefaultDenyEgress); // Rule 58.
        Assert.Equal("x", policy.Namespace);
    }

    [Fact]
    public void Should_reject_the_policy_When_an_entity_is_unknown()
    {
        var snapshot = Yaml.Load("""
            apiVersion: cilium.io/v2
            kind: CiliumClusterwideNetworkPolicy
            metadata: {name: p}
            spec:
              endpointSelector: {}
              egress: [{toEntities: [kube-apiserver]}]
            """);

        Assert.Empty(snapshot.CiliumPolicies);
        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal("spec.egress[0].toEntities[0]", problem.Location?.Path);
        Assert.EndsWith("spec.egress[0].toEntities[0]: \"kube-apiserver\" is not an entity MetaFence evaluates; expected all, world, world-ipv4, world-ipv6, cluster, host or remote-node", problem.Message, StringComparison.Ordinal);
    }
}
