using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS I: the admin tier and the tier pipeline (v1alpha1 ANP/BANP).</summary>
public sealed class AdminTierTests
{
    private const string Metadata = "169.254.169.254:80/TCP";
    private const string EcsTask = "169.254.170.2:80/TCP";

    private static readonly World Base = World.Standard();

    private static readonly World NpAllowsOnlyCluster =
        Base.EgressPolicy("x/cluster-only", "", Egress.To(Peer.Block("10.0.0.0/8")));

    private static readonly World AnpDeniesMetadata = Base.Anp("deny-imds", 10, Admin.Everyone,
        Admin.Deny(AdminPeers.Networks("169.254.169.254/32")));

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        // 43, 44: order of the tiers and inside the admin tier
        new("SEMANTICS 43, 44: an ANP Deny beats a NetworkPolicy allow",
            AnpDeniesMetadata.EgressPolicy("x/allow-all", "", Egress.Anywhere), "x/a", Metadata, Blocked, Decision.AdminDeny),
        new("SEMANTICS 44: Allow is accepted even if it would otherwise have been denied by NetworkPolicy",
            NpAllowsOnlyCluster.Anp("allow-imds", 10, Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Reachable, Decision.AdminAccept),
        new("SEMANTICS 43: no admin match, NetworkPolicy decides",
            AnpDeniesMetadata.EgressPolicy("x/cluster-only", "", Egress.To(Peer.Block("10.0.0.0/8"))),
            "x/a", "8.8.8.8:443/TCP", Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 43: no tier decides: default allow",
            AnpDeniesMetadata, "x/a", "8.8.8.8:443/TCP", Reachable, Decision.DefaultAllow),
        new("SEMANTICS 44: lower priority number first",
            AnpDeniesMetadata.Anp("allow-imds", 5, Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.0.0/16"))),
            "x/a", Metadata, Reachable, Decision.AdminAccept),
        new("SEMANTICS 44: rules top-down inside an ANP (first rule)",
            Base.Anp("imds", 10, Admin.Everyone,
                Admin.Accept(AdminPeers.Networks("169.254.169.254/32")), Admin.Deny(AdminPeers.Networks("169.254.0.0/16"))),
            "x/a", Metadata, Reachable, Decision.AdminAccept),
        new("SEMANTICS 44: rules top-down inside an ANP (second rule)",
            Base.Anp("imds", 10, Admin.Everyone,
                Admin.Accept(AdminPeers.Networks("169.254.169.254/32")), Admin.Deny(AdminPeers.Networks("169.254.0.0/16"))),
            "x/a", EcsTask, Blocked, Decision.AdminDeny),
        new("SEMANTICS 44: Pass skips all remaining ANP rules, lower-priority ANPs included",
            AnpDeniesMetadata.Anp("pass-imds", 1, Admin.Everyone, Admin.Pass(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 44, 47: after Pass the NetworkPolicy tier decides",
            NpAllowsOnlyCluster.Anp("pass-imds", 1, Admin.Everyone, Admin.Pass(AdminPeers.Networks("169.254.169.254/32")))
                .Anp("allow-imds", 2, Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 44, 47: after Pass a non-isolated pod goes to the BANP",
            Base.Anp("pass-imds", 1, Admin.Everyone, Admin.Pass(AdminPeers.Networks("169.254.169.254/32")))
                .Banp(Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.0.0/16"))),
            "x/a", Metadata, Blocked, Decision.BaselineDeny),

        // 45: equal priorities, name order (Calico's choice)
        new("SEMANTICS 45 (choice): equal priority, evaluated in name order (allow-imds < deny-imds)",
            AnpDeniesMetadata.Anp("allow-imds", 10, Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Reachable, Decision.AdminAccept),
        new("SEMANTICS 45 (choice): name order is ordinal, not numeric ('10-deny' < '9-allow')",
            Base.Anp("9-allow", 10, Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32")))
                .Anp("10-deny", 10, Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Blocked, Decision.AdminDeny),

        // 46: subjects
        new("SEMANTICS 46: a namespaces subject selects every pod of the selected namespaces",
            Base.Anp("deny-y", 10, Admin.Namespaces("ns=y"), Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))), "y/c", Metadata, Blocked),
        new("SEMANTICS 46: ... and no pod elsewhere",
            Base.Anp("deny-y", 10, Admin.Namespaces("ns=y"), Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))), "x/c", Metadata, Reachable),
        new("SEMANTICS 46: a pods subject needs namespace AND pod selector",
            Base.Anp("deny-yb", 10, Admin.Pods("ns=y", "pod=b"), Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))), "y/b", Metadata, Blocked),
        new("SEMANTICS 46: a pods subject: the pod selector alone is not enough",
            Base.Anp("deny-yb", 10, Admin.Pods("ns=y", "pod=b"), Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))), "x/b", Metadata, Reachable),
        new("SEMANTICS 46: namespace subjects see kubernetes.io/metadata.name",
            Base.Anp("deny-z", 10, Admin.Namespaces("kubernetes.io/metadata.name=z"), Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))),
            "z/a", Metadata, Blocked),

        // 47: NetworkPolicy isolation decides before the baseline
        new("SEMANTICS 47: an isolated pod is decided by NetworkPolicy; the BANP's Allow is not consulted",
            NpAllowsOnlyCluster.Banp(Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 47: an isolated pod allowed by NetworkPolicy ignores a BANP Deny",
            NpAllowsOnlyCluster.Banp(Admin.Everyone, Admin.Deny(AdminPeers.Networks("10.0.0.0/8"))),
            "x/a", "y/b:80/TCP", Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 47: a pod not isolated for egress gets the BANP",
            Base.Banp(Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.169.254/32"))), "x/a", Metadata, Blocked, Decision.BaselineDeny),
        new("SEMANTICS 47: ingress-only policies do not isolate egress, so the BANP still decides (not KNP's answer)",
            Base.NetworkPolicy("x/deny-ingress", "", PolicyTypes.Ingress)
                .Banp(Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Blocked, Decision.BaselineDeny),
        new("SEMANTICS 47: BANP rules top-down, first match decides",
            Base.Banp(Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32")), Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))),
            "x/a", Metadata, Reachable, Decision.BaselineAccept),
        new("SEMANTICS 47: BANP with no matching rule: default allow",
            Base.Banp(Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.169.254/32"))), "x/a", EcsTask, Reachable, Decision.DefaultAllow),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_admin_tiers_decide(EgressCase row, Oracle oracle) => row.Check(oracle);

    [Theory]
    [MemberData(nameof(Oracles.All), MemberType = typeof(Oracles))]
    public void Should_apply_admin_then_NetworkPolicy_then_baseline_When_all_three_tiers_exist(Oracle oracle)
    {
        // SEMANTICS 43, 44, 47: the ANP denies IMDS to everyone; x is isolated and may reach only
        // 10.0.0.0/8; the BANP denies y -> 8.8.8.8; z is governed by nothing but the ANP.
        var world = AnpDeniesMetadata
            .EgressPolicy("x/cluster-only", "", Egress.To(Peer.Block("10.0.0.0/8")))
            .Banp(Admin.Namespaces("ns=y"), Admin.Deny(AdminPeers.Networks("8.8.8.8/32")));
        TruthTable.AllReachable(World.StandardPods, ["y/b", "169.254.169.254", "8.8.8.8", "169.254.170.2"])
            .BlockTo("169.254.169.254")
            .Block("x/a", "8.8.8.8", "169.254.170.2").Block("x/b", "8.8.8.8", "169.254.170.2").Block("x/c", "8.8.8.8", "169.254.170.2")
            .Block("y/a", "8.8.8.8").Block("y/b", "8.8.8.8").Block("y/c", "8.8.8.8")
            .Verify(Reach.By(oracle, world));
    }
}
