using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class AdminPolicyConversionTests
{
    [Fact]
    public void Should_read_priority_subject_rules_peers_and_ports_When_an_admin_network_policy_is_given()
    {
        var policy = Assert.Single(Yaml.Load("""
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: {name: fence}
            spec:
              priority: 10
              subject: {namespaces: {matchLabels: {fenced: "true"}}}
              egress:
              - name: dns
                action: Allow
                to: [{pods: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}}]
                ports: [{portNumber: {protocol: UDP, port: 53}}, {portRange: {start: 8000, end: 8100}}, {namedPort: dns}]
              - action: Deny
                to: [{networks: [169.254.169.254/32, "fd00:ec2::254/128"]}]
              - action: Pass
                to: [{nodes: {}}, {namespaces: {}}]
            """).AdminPolicies);

        Assert.Equal(("AdminNetworkPolicy", "policy.networking.k8s.io/v1alpha1", "fence", AdminTier.Admin, 10), (policy.Kind, policy.ApiVersion, policy.Name, policy.Tier, policy.Priority));
        Assert.Equal("namespaces fenced=true", policy.Subject.ToString());
        Assert.Equal([AdminAction.Accept, AdminAction.Deny, AdminAction.Pass], policy.Egress.Select(r => r.Action));
        Assert.Equal(["dns", null, null], policy.Egress.Select(r => r.Name));
        Assert.Equal(["53/UDP", "8000-8100/TCP", "dns/TCP", "dns/UDP", "dns/SCTP"], policy.Egress[0].Ports.Select(p => p.ToString()));
        Assert.Equal("pods k8s-app=kube-dns in namespaces kubernetes.io/metadata.name=kube-system", Assert.Single(policy.Egress[0].To).ToString());
        var networks = Assert.Single(policy.Egress[1].To);
        Assert.Equal(["169.254.169.254/32", "fd00:ec2::254/128"], networks.Texts.AsEnumerable());
        Assert.True(networks.Networks?.Contains(IpAddress.V4(0xA9FEA9FE)));
        Assert.Empty(policy.Egress[1].Ports); // Rule 50: absent = all ports.
        Assert.Equal([AdminPeerKind.Nodes, AdminPeerKind.Namespaces], policy.Egress[2].To.Select(p => p.Kind));
        Assert.Equal("spec.egress[1]", policy.Egress[1].Location?.Path);
    }

    [Fact]
    public void Should_read_the_baseline_tier_with_priority_zero_When_the_default_banp_is_given()
    {
        var policy = Assert.Single(Yaml.Load("""
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: BaselineAdminNetworkPolicy
            metadata: {name: default}
            spec:
              subject: {pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}}
              egress: [{action: Deny, to: [{networks: [169.254.169.254/32]}]}]
            """).AdminPolicies);

        Assert.Equal((AdminTier.Baseline, 0, AdminAction.Deny), (policy.Tier, policy.Priority, Assert.Single(policy.Egress).Action));
        Assert.Equal("pods app=web in namespaces {}", policy.Subject.ToString());
    }

    [Fact]
    public void Should_read_tier_and_protocols_When_a_cluster_network_policy_is_given()
    {
        var policy = Assert.Single(Yaml.Load("""
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicy
            metadata: {name: metadata-block}
            spec:
              tier: Baseline
              priority: 5
              subject: {namespaces: {}}
              egress:
              - action: Accept
                to: [{domainNames: ["*.example.com"]}]
                protocols: [{tcp: {destinationPort: {number: 443}}}, {udp: {destinationPort: {range: {start: 5000, end: 5100}}}}]
              - action: Accept
                to: [{pods: {podSelector: {}}}]
                protocols: [{destinationNamedPort: web}]
            """).AdminPolicies);

        // A named port needs pod peers only: CEL forbids it next to domainNames (rule 52).
        Assert.Equal((AdminTier.Baseline, 5), (policy.Tier, policy.Priority));
        Assert.Equal(["443/TCP", "5000-5100/UDP"], policy.Egress[0].Ports.Select(p => p.ToString()));
        Assert.Equal("domainNames *.example.com", Assert.Single(policy.Egress[0].To).ToString());
        Assert.Equal(["web/TCP", "web/UDP", "web/SCTP"], policy.Egress[1].Ports.Select(p => p.ToString()));
    }

    [Fact]
    public void Should_fail_closed_and_warn_When_a_peer_has_no_known_field()
    {
        // Rule 51: not rejected; an unknown peer matches nothing for Allow and everything for Deny/Pass.
        var snapshot = Yaml.Load("""
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: {name: future}
            spec:
              priority: 1
              subject: {namespaces: {}}
              egress: [{action: Deny, to: [{externalNetworkSet: metadata}]}]
            """);

        var peer = Assert.Single(Assert.Single(Assert.Single(snapshot.AdminPolicies).Egress).To);
        Assert.Equal(AdminPeerKind.Unknown, peer.Kind);
        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(("51", false), (problem.Rule, problem.Rejected));
        Assert.Equal(
            "spec.egress[0].to[0]: the peer sets no peer type MetaFence knows (namespaces, pods, nodes, networks, domainNames); "
            + "it fails closed: an Allow or Accept rule matches nothing, a Deny or Pass rule denies all traffic",
            problem.Message);
    }
}
