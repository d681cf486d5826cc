using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Review.ReviewWorld;

namespace MetaFence.Core.Tests.Review;

/// <summary>Lower-impact deviations: noise and objects that cannot exist.</summary>
public sealed class SmallerIssuesReviewTests
{
    [Fact]
    public void Should_not_report_IPv6_egress_as_cut_When_nothing_in_the_input_uses_IPv6()
    {
        // MF005 counts a needed service only "when the input shows it is used" (a wrong warning is
        // noise), but adds "all IPv6 egress" for every pod behind the usual IPv4-only fence, even
        // when no pod or node in the snapshot has an IPv6 address.
        var report = AuditYaml(Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: v4-fence, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{namespaceSelector: {}}, {ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32, 169.254.170.2/32]}}]
            """));

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "MF005");
    }

    [Fact]
    public void Should_leave_out_the_policy_When_a_label_value_is_a_YAML_1_1_boolean()
    {
        // kubectl and Helm read YAML with sigs.k8s.io/yaml (YAML 1.1): `yes` is a boolean, so
        // matchLabels {fenced: yes} is not a string and the object is refused. YamlScalars uses
        // YAML 1.2 and reads "yes", so MetaFence evaluates a policy that cannot exist
        // (SEMANTICS choice for 12, 21, 19: evaluate without it).
        var result = Yaml.Read(Join("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: app, labels: {fenced: "yes"}}
            spec: {containers: [{name: web, image: web}]}
            status: {phase: Running, podIP: 10.0.0.5}
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny-all, namespace: app}
            spec:
              podSelector: {matchLabels: {fenced: yes}}
              policyTypes: [Egress]
            """));

        Assert.Empty(result.Snapshot.NetworkPolicies);
    }

    [Fact]
    public void Should_reject_the_policy_When_an_IPv4_mapped_cidr_has_an_IPv4_except_with_a_shorter_raw_prefix()
    {
        // SEMANTICS 21, 25: ValidateIPBlock compares raw mask sizes: cidrMaskLen (96, a 16-byte
        // mask) >= exceptMaskLen (32) makes the except "not a strict subset", so the API rejects
        // this object. MetaFence first rewrites the cidr to 0.0.0.0/0 (rule 25) and then finds the
        // except strictly inside, so it evaluates a fence that cannot exist (a wrong "blocked").
        var snapshot = Yaml.Load(Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: mapped-fence, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: "::ffff:0.0.0.0/96", except: [169.254.169.254/32]}}]
            """));

        Assert.True(Evaluate(snapshot, "web", "169.254.169.254").Allowed);
        Assert.Contains(snapshot.Problems, p => p.Rejected && p.Rule == "21");
    }
}
