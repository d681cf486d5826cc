using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS J: v1alpha2 ClusterNetworkPolicy, and MetaFence's choices when both API versions are present.</summary>
public sealed class ClusterNetworkPolicyTests
{
    private const string Metadata = "169.254.169.254:80/TCP";

    private static readonly World Base = World.Standard();

    private static AdminRule DenyImds => Admin.Deny(AdminPeers.Networks("169.254.169.254/32"));

    private static AdminRule AcceptImds => Admin.Accept(AdminPeers.Networks("169.254.169.254/32"));

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        new("SEMANTICS 52: an Admin-tier CNP Deny",
            Base.AdminCnp("deny-imds", 0, Admin.Everyone, DenyImds), "x/a", Metadata, Blocked, Decision.AdminDeny),
        new("SEMANTICS 52: an Admin-tier CNP Accept beats a NetworkPolicy deny",
            Base.AdminCnp("allow-imds", 0, Admin.Everyone, AcceptImds).EgressPolicy("x/deny-all", ""), "x/a", Metadata, Reachable, Decision.AdminAccept),
        new("SEMANTICS 52: a Baseline-tier CNP applies to pods not isolated for egress",
            Base.BaselineCnp("deny-imds", 0, Admin.Everyone, DenyImds), "x/a", Metadata, Blocked, Decision.BaselineDeny),
        new("SEMANTICS 52: a Baseline-tier CNP is overridden by NetworkPolicy",
            Base.BaselineCnp("deny-imds", 0, Admin.Everyone, DenyImds).EgressPolicy("x/allow-all", "", Egress.Anywhere),
            "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 52: baseline CNPs by priority",
            Base.BaselineCnp("deny-imds", 20, Admin.Everyone, DenyImds).BaselineCnp("allow-imds", 10, Admin.Everyone, AcceptImds),
            "x/a", Metadata, Reachable, Decision.BaselineAccept),
        new("SEMANTICS 52: Pass in the Baseline tier skips the rest of that tier: default allow",
            Base.BaselineCnp("pass-imds", 0, Admin.Everyone, Admin.Pass(AdminPeers.Networks("169.254.169.254/32")))
                .BaselineCnp("deny-imds", 5, Admin.Everyone, DenyImds),
            "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 52: a pod reaching its own IP is not subject to CNP (admin tier)",
            Base.AdminCnp("deny-all", 0, Admin.Everyone, Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))), "x/a", "10.0.1.1:8080/TCP", Reachable),
        new("SEMANTICS 52: ... while other pods are",
            Base.AdminCnp("deny-all", 0, Admin.Everyone, Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))), "x/a", "10.0.1.2:8080/TCP", Blocked),
        new("SEMANTICS 52: a pod reaching its own IP is not subject to CNP (baseline tier)",
            Base.BaselineCnp("deny-all", 0, Admin.Everyone, Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))),
            "x/a", "10.0.1.1:8080/TCP", Reachable, Decision.DefaultAllow),
        new("SEMANTICS 52 and brief: own-IP traffic skips CNP but NetworkPolicy isolation still decides",
            Base.AdminCnp("allow-all", 0, Admin.Everyone, Admin.Accept(AdminPeers.Networks("0.0.0.0/0"))).EgressPolicy("x/deny-all", ""),
            "x/a", "10.0.1.1:8080/TCP", Blocked, Decision.NetworkPolicyDeny),

        // MetaFence's choice for 43–52 when both API versions are present.
        new("SEMANTICS choice 43–52: ANPs and Admin-tier CNPs share one order by priority (CNP first)",
            Base.Anp("deny-imds", 20, Admin.Everyone, DenyImds).AdminCnp("allow-imds", 10, Admin.Everyone, AcceptImds),
            "x/a", Metadata, Reachable, Decision.AdminAccept),
        new("SEMANTICS choice 43–52: ANPs and Admin-tier CNPs share one order by priority (ANP first)",
            Base.Anp("deny-imds", 5, Admin.Everyone, DenyImds).AdminCnp("allow-imds", 10, Admin.Everyone, AcceptImds),
            "x/a", Metadata, Blocked, Decision.AdminDeny),
        new("SEMANTICS choice 43–52: the baseline tier is the BANP, then Baseline-tier CNPs",
            Base.Banp(Admin.Everyone, DenyImds).BaselineCnp("allow-imds", 0, Admin.Everyone, AcceptImds),
            "x/a", Metadata, Blocked, Decision.BaselineDeny),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_ClusterNetworkPolicies_decide(EgressCase row, Oracle oracle) => row.Check(oracle);
}
