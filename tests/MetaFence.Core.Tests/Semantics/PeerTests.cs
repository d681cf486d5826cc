using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS C (<c>to</c> and peers) and D (label selectors).</summary>
public sealed class PeerTests
{
    private const string Metadata = "169.254.169.254:80/TCP";

    private static readonly World Base = World.Standard()
        .Pod("kube-system/node-local-dns", "169.254.20.10", "k8s-app=node-local-dns", hostNetwork: true)
        .Pod("y/web", "10.0.2.10", "app=web,tier=frontend,env=prod")
        .Pod("y/api", "10.0.2.11", "app=api,tier=backend")
        .Pod("y/Web", "10.0.2.12", "app=Web");

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        // C. to and peers
        new("SEMANTICS 11: to absent matches every destination, external IPs included",
            Base.EgressPolicy("x/any", "", Egress.Anywhere), "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 11, 41: a DNS rule with ports but no to allows port 53 to every address, metadata included",
            Base.EgressPolicy("x/dns", "", Egress.To().On("53/UDP", "53/TCP")), "x/a", "169.254.169.254:53/TCP", Reachable),
        new("SEMANTICS 41: ... port 53 only",
            Base.EgressPolicy("x/dns", "", Egress.To().On("53/UDP", "53/TCP")), "x/a", Metadata, Blocked),
        new("SEMANTICS 13: podSelector alone = pods of the policy's namespace (x/b)",
            Base.EgressPolicy("x/to-b", "", Egress.To(Peer.Pods("pod=b"))), "x/a", "x/b:80/TCP", Reachable),
        new("SEMANTICS 13: podSelector alone = pods of the policy's namespace (not y/b)",
            Base.EgressPolicy("x/to-b", "", Egress.To(Peer.Pods("pod=b"))), "x/a", "y/b:80/TCP", Blocked),
        new("SEMANTICS 13: podSelector {} alone = every pod of the policy's namespace only",
            Base.EgressPolicy("x/to-ns", "", Egress.To(Peer.Pods(""))), "x/a", "y/c:80/TCP", Blocked),
        new("SEMANTICS 14: selector peers never match an address no pod owns (169.254.169.254)",
            Base.EgressPolicy("x/all-pods", "", Egress.To(Peer.Namespaces(""))), "x/a", Metadata, Blocked),
        new("SEMANTICS 14: selector peers never match an address no pod owns (fd00:ec2::254)",
            Base.EgressPolicy("x/all-pods", "", Egress.To(Peer.Namespaces(""))), "x/a", "[fd00:ec2::254]:80/TCP", Blocked),
        new("SEMANTICS 14: ... nor an unowned address inside the pod range",
            Base.EgressPolicy("x/all-pods", "", Egress.To(Peer.Namespaces(""))), "x/a", "10.0.2.99:80/TCP", Blocked),
        new("SEMANTICS 15 (choice): selectors do not match host-network pods such as NodeLocal DNS",
            Base.EgressPolicy("x/all-pods", "", Egress.To(Peer.Namespaces(""))), "x/a", "169.254.20.10:53/UDP", Blocked),
        new("SEMANTICS 15, 42: reach a host-network pod with an ipBlock",
            Base.EgressPolicy("x/node-local-dns", "", Egress.To(Peer.Block("169.254.20.10/32"))), "x/a", "169.254.20.10:53/UDP", Reachable),
        new("SEMANTICS 16: every namespace carries kubernetes.io/metadata.name",
            Base.EgressPolicy("x/to-y", "", Egress.To(Peer.Namespaces("kubernetes.io/metadata.name=y"))), "x/a", "y/c:80/TCP", Reachable),
        new("SEMANTICS 16 (choice): a namespace with no Namespace object has only its name label",
            World.Create().Pod("x/a", "10.0.1.1").Pod("w/b", "10.0.4.2")
                .EgressPolicy("x/to-w", "", Egress.To(Peer.Namespaces("kubernetes.io/metadata.name=w"))).WithoutImpliedNamespaces(),
            "x/a", "w/b:80/TCP", Reachable),
        new("SEMANTICS 16 (choice): ... and no other label",
            World.Create().Pod("x/a", "10.0.1.1").Pod("w/b", "10.0.4.2")
                .EgressPolicy("x/to-w", "", Egress.To(Peer.Namespaces("kubernetes.io/metadata.name=w,team"))).WithoutImpliedNamespaces(),
            "x/a", "w/b:80/TCP", Blocked),

        // D. Label selectors
        new("SEMANTICS 17: matchLabels and matchExpressions are ANDed (both hold)",
            Base.EgressPolicy("x/to-web", "", Egress.To(Peer.PodsIn("", "app=web,tier in (frontend,edge)"))), "x/a", "y/web:80/TCP", Reachable),
        new("SEMANTICS 17: matchLabels and matchExpressions are ANDed (one fails)",
            Base.EgressPolicy("x/to-web", "", Egress.To(Peer.PodsIn("", "app=web,tier in (backend)"))), "x/a", "y/web:80/TCP", Blocked),
        new("SEMANTICS 17: a selector with no requirements matches everything",
            Base.EgressPolicy("x/to-all", "", Egress.To(Peer.PodsIn("", ""))), "x/a", "y/api:80/TCP", Reachable),
        new("SEMANTICS 18: In needs the key present",
            Base.EgressPolicy("x/env", "", Egress.To(Peer.PodsIn("", "env in (prod,dev)"))), "x/a", "y/api:80/TCP", Blocked),
        new("SEMANTICS 18: NotIn matches an absent key",
            Base.EgressPolicy("x/not-prod", "", Egress.To(Peer.PodsIn("", "env notin (prod)"))), "x/a", "y/api:80/TCP", Reachable),
        new("SEMANTICS 18: NotIn rejects a listed value",
            Base.EgressPolicy("x/not-prod", "", Egress.To(Peer.PodsIn("", "env notin (prod)"))), "x/a", "y/web:80/TCP", Blocked),
        new("SEMANTICS 18: Exists needs the key",
            Base.EgressPolicy("x/has-env", "", Egress.To(Peer.PodsIn("", "env"))), "x/a", "y/web:80/TCP", Reachable),
        new("SEMANTICS 18: DoesNotExist needs the key absent",
            Base.EgressPolicy("x/no-env", "", Egress.To(Peer.PodsIn("", "!env"))), "x/a", "y/web:80/TCP", Blocked),
        new("SEMANTICS 18: values are exact, case-sensitive strings",
            Base.EgressPolicy("x/web", "", Egress.To(Peer.PodsIn("", "app=web"))), "x/a", "y/Web:80/TCP", Blocked),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_peers_and_selectors_decide(EgressCase row, Oracle oracle) => row.Check(oracle);

    [Theory]
    [MemberData(nameof(Oracles.All), MemberType = typeof(Oracles))]
    public void Should_reach_own_namespace_b_only_When_podSelector_stands_alone(Oracle oracle)
    {
        // SEMANTICS 13: x/to-b applies to every pod of x and allows only pods labelled pod=b in x.
        var world = World.Standard().EgressPolicy("x/to-b", "", Egress.To(Peer.Pods("pod=b")));
        var table = TruthTable.AllReachable(World.StandardPods, World.StandardPods);
        foreach (var from in new[] { "x/a", "x/b", "x/c" })
        {
            table.Block(from).Allow(from, "x/b");
        }

        table.Verify(Reach.By(oracle, world));
    }

    [Theory]
    [MemberData(nameof(Oracles.All), MemberType = typeof(Oracles))]
    public void Should_reach_all_of_y_When_namespaceSelector_stands_alone(Oracle oracle)
    {
        // SEMANTICS 13: namespaceSelector alone = all pods of the selected namespaces.
        var world = World.Standard().EgressPolicy("x/to-y", "pod=a", Egress.To(Peer.Namespaces("ns=y")));
        TruthTable.AllReachable(World.StandardPods, World.StandardPods)
            .Block("x/a").Allow("x/a", "y/a", "y/b", "y/c")
            .Verify(Reach.By(oracle, world));
    }

    [Theory]
    [MemberData(nameof(Oracles.All), MemberType = typeof(Oracles))]
    public void Should_AND_within_an_entry_and_OR_across_entries_When_both_selectors_are_given(Oracle oracle)
    {
        // SEMANTICS 13: {ns=y AND pod=b} OR {pod=c in x}: from x/a only y/b and x/c.
        var world = World.Standard().EgressPolicy("x/mixed", "pod=a",
            Egress.To(Peer.PodsIn("ns=y", "pod=b"), Peer.Pods("pod=c")));
        TruthTable.AllReachable(World.StandardPods, World.StandardPods)
            .Block("x/a").Allow("x/a", "y/b", "x/c")
            .Verify(Reach.By(oracle, world));
    }
}
