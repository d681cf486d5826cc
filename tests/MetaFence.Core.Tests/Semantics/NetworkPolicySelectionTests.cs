using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS A (which NetworkPolicies govern a pod's egress) and B (combining rules).</summary>
public sealed class NetworkPolicySelectionTests
{
    private const string Metadata = "169.254.169.254:80/TCP";

    private static readonly World Base = World.Standard();

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        // A. Which NetworkPolicies govern a pod's egress
        new("SEMANTICS 1: a NetworkPolicy selects pods of its own namespace only",
            Base.EgressPolicy("y/deny-all", ""), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 1: a NetworkPolicy selects pods of its own namespace only",
            Base.EgressPolicy("y/deny-all", ""), "y/a", Metadata, Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 2: podSelector {} selects every pod of the namespace",
            Base.EgressPolicy("x/deny-all", ""), "x/c", Metadata, Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 2: a podSelector that matches other pods leaves this one alone",
            Base.EgressPolicy("x/deny-b", "pod=b"), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 3: policyTypes defaulted from no egress list is [Ingress]: egress untouched",
            Base.NetworkPolicy("x/ingress-default", "", PolicyTypes.Ingress), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 4: egress: [{}] without policyTypes becomes [Ingress, Egress] and allows all egress",
            Base.NetworkPolicy("x/allow-all", "", PolicyTypes.Both, Egress.Anywhere), "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 5: explicit [Ingress] ignores any egress list",
            Base.NetworkPolicy("x/ingress-only", "", PolicyTypes.Ingress, Egress.To(Peer.Block("10.0.0.0/8"))),
            "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 6: ingress-only policies never restrict egress (isolation is per direction)",
            Base.NetworkPolicy("x/deny-ingress", "", PolicyTypes.Ingress), "x/a", "y/b:80/TCP", Reachable, Decision.DefaultAllow),
        new("SEMANTICS 6: a selecting policy with Egress isolates: what no rule allows is blocked",
            Base.EgressPolicy("x/cluster-only", "", Egress.To(Peer.Block("10.0.0.0/8"))), "x/a", Metadata, Blocked, Decision.NetworkPolicyDeny),

        // B. Combining rules
        new("SEMANTICS 7: allowed egress is the union of all rules of all policies",
            Base.EgressPolicy("x/cluster", "", Egress.To(Peer.Block("10.0.0.0/8")))
                .EgressPolicy("x/link-local", "pod=a", Egress.To(Peer.Block("169.254.0.0/16"))),
            "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 7: union of policies, and no policy allows 8.8.8.8",
            Base.EgressPolicy("x/cluster", "", Egress.To(Peer.Block("10.0.0.0/8")))
                .EgressPolicy("x/link-local", "pod=a", Egress.To(Peer.Block("169.254.0.0/16"))),
            "x/a", "8.8.8.8:443/TCP", Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 7: policies cannot deny: a deny-all policy does not cancel another's allow",
            Base.EgressPolicy("x/deny-all", "").EgressPolicy("x/allow-metadata", "", Egress.To(Peer.Block("169.254.169.254/32"))),
            "x/b", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("E2E: should deny egress from pods based on PodSelector (SEMANTICS 8)",
            Base.EgressPolicy("x/deny-egress-a", "pod=a"), "x/a", "y/b:80/TCP", Blocked, Decision.NetworkPolicyDeny),
        new("E2E: should ensure an IP overlapping both IPBlock.CIDR and IPBlock.Except is allowed (SEMANTICS 9)",
            Base.EgressPolicy("x/except", "", Egress.To(Peer.Block("0.0.0.0/0", "169.254.169.254/32")))
                .EgressPolicy("x/metadata", "", Egress.To(Peer.Block("169.254.169.254/32"))),
            "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 9: an except is not a deny, even inside the same policy",
            Base.EgressPolicy("x/two-rules", "",
                Egress.To(Peer.Block("0.0.0.0/0", "169.254.0.0/16")), Egress.To(Peer.Block("169.254.169.0/24"))),
            "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 10: a rule needs both to and ports to match (port differs)",
            Base.EgressPolicy("x/metadata-dns", "", Egress.To(Peer.Block("169.254.169.254/32")).On("53/UDP")),
            "x/a", Metadata, Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 10: a rule needs both to and ports to match (address differs)",
            Base.EgressPolicy("x/metadata-dns", "", Egress.To(Peer.Block("169.254.169.254/32")).On("53/UDP")),
            "x/a", "8.8.8.8:53/UDP", Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 10: a rule needs both to and ports to match (both do)",
            Base.EgressPolicy("x/metadata-dns", "", Egress.To(Peer.Block("169.254.169.254/32")).On("53/UDP")),
            "x/a", "169.254.169.254:53/UDP", Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 10: rules are ORed: one rule's ports do not restrict another's",
            Base.EgressPolicy("x/dns-and-web", "",
                Egress.To(Peer.Block("8.8.8.8/32")).On("53/UDP"), Egress.To(Peer.Block("169.254.169.254/32")).On("80")),
            "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_NetworkPolicies_select_the_pod(EgressCase row, Oracle oracle) => row.Check(oracle);

    [Theory]
    [MemberData(nameof(Oracles.All), MemberType = typeof(Oracles))]
    public void Should_isolate_only_the_selected_pods_When_a_policy_denies_egress_in_one_namespace(Oracle oracle)
    {
        // SEMANTICS 1, 2, 8: x/deny-b selects only x/b; everything else keeps the default allow.
        var world = Base.EgressPolicy("x/deny-b", "pod=b");
        TruthTable.AllReachable(World.StandardPods, [.. World.StandardPods, "169.254.169.254"])
            .Block("x/b")
            .Verify(Reach.By(oracle, world));
    }
}
