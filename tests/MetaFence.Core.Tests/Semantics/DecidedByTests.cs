using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>
/// Verdicts carry their explanation (STYLE: "explanations carried with every verdict"): the
/// deciding policy and 0-based rule index, or nothing when the default decided.
/// </summary>
public sealed class DecidedByTests
{
    private const string Metadata = "169.254.169.254:80/TCP";

    private static readonly World Base = World.Standard();

    public static TheoryData<DecidedByCase, Oracle> Rows
    {
        get
        {
            var data = new TheoryData<DecidedByCase, Oracle>();
            foreach (var row in Cases)
            {
                data.Add(row, Oracle.Engine);
                data.Add(row, Oracle.Reference);
            }

            return data;
        }
    }

    private static IEnumerable<DecidedByCase> Cases =>
    [
        new("SEMANTICS 6: not isolated, nothing decided: default allow, no rule",
            Base.EgressPolicy("y/deny-all", ""), "x/a", Metadata, Decision.DefaultAllow, null, null),
        new("SEMANTICS 44: the second rule of ANP 'imds' denies",
            Base.Anp("imds", 10, Admin.Everyone,
                Admin.Accept(AdminPeers.Networks("169.254.169.254/32")), Admin.Deny(AdminPeers.Networks("169.254.0.0/16"))),
            "x/a", "169.254.170.2:80/TCP", Decision.AdminDeny, "imds", 1),
        new("SEMANTICS 44: the first rule of ANP 'imds' accepts",
            Base.Anp("imds", 10, Admin.Everyone,
                Admin.Accept(AdminPeers.Networks("169.254.169.254/32")), Admin.Deny(AdminPeers.Networks("169.254.0.0/16"))),
            "x/a", Metadata, Decision.AdminAccept, "imds", 0),
        new("SEMANTICS 44: after an admin Pass, rule 2 of the BANP decides",
            Base.AdminCnp("first", 1, Admin.Everyone, Admin.Pass(AdminPeers.Networks("10.0.0.0/8")))
                .Banp(Admin.Everyone, Admin.Accept(AdminPeers.Networks("8.8.8.8/32")), Admin.Accept(AdminPeers.Networks("10.0.9.0/24")),
                    Admin.Deny(AdminPeers.Namespaces("ns=y"))),
            "x/a", "y/b:80/TCP", Decision.BaselineDeny, "default", 2),
        new("SEMANTICS 7: rule 1 of x/egress allows",
            Base.EgressPolicy("x/egress", "", Egress.To(Peer.Block("10.0.0.0/8")), Egress.To(Peer.Block("169.254.169.254/32"))),
            "x/a", Metadata, Decision.NetworkPolicyAllow, "egress", 1),
        new("SEMANTICS 47: BANP rule 0 denies",
            Base.Banp(Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.169.254/32"))),
            "x/a", Metadata, Decision.BaselineDeny, "default", 0),
        new("SEMANTICS 51: the fail-closed Pass rule 0 of CNP 'pass' denies",
            Base.AdminCnp("pass", 10, Admin.Everyone, Admin.Pass(AdminPeers.Unknown)),
            "x/a", Metadata, Decision.AdminDeny, "pass", 0),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_name_the_deciding_policy_and_rule_When_a_rule_decides(DecidedByCase row, Oracle oracle)
    {
        var snapshot = row.World.Build();
        var verdict = Oracles.For(oracle, snapshot)(snapshot.Pod(row.From), snapshot.Destination(row.To));
        var decidedBy = string.Join("; ", verdict.DecidedBy.Select(r => $"{r.Policy.Name}#{r.Rule}"));

        Assert.True(row.Decision == verdict.Decision, $"{row}: decision {verdict.Decision}, by [{decidedBy}]");
        if (row.Policy is null)
        {
            Assert.True(verdict.DecidedBy.IsEmpty, $"{row}: expected no rule, got [{decidedBy}]");
        }
        else
        {
            Assert.True(
                verdict.DecidedBy.Any(r => r.Policy.Name == row.Policy && r.Rule == row.Rule),
                $"{row}: expected {row.Policy}#{row.Rule}, got [{decidedBy}]");
        }
    }
}
