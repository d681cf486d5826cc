using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS F: ports and protocols.</summary>
public sealed class PortTests
{
    private static readonly World Base = World.Standard()
        .Pod("y/web", "10.0.2.10", "app=web", ports: "http=8080/TCP,dns=53/UDP,assoc=7777/SCTP")
        .Pod("y/other", "10.0.2.11", "app=other", ports: "http=9090/TCP");

    private static World Allow(params string[] ports) =>
        Base.EgressPolicy("x/ports", "", Egress.To(Peer.Block("0.0.0.0/0")).On(ports));

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        new("SEMANTICS 30: no ports = every port of every protocol (UDP)",
            Base.EgressPolicy("x/all", "", Egress.To(Peer.Block("0.0.0.0/0"))), "x/a", "8.8.8.8:53/UDP", Reachable),
        new("SEMANTICS 30: no ports = every port of every protocol (SCTP)",
            Base.EgressPolicy("x/all", "", Egress.To(Peer.Block("0.0.0.0/0"))), "x/a", "8.8.8.8:7777/SCTP", Reachable),
        new("SEMANTICS 31: ports: [{port: 53}] is TCP only (UDP DNS blocked)",
            Allow("53"), "x/a", "8.8.8.8:53/UDP", Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 31: ports: [{port: 53}] is TCP/53",
            Allow("53"), "x/a", "8.8.8.8:53/TCP", Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 31: ports: [{}] = all TCP ports",
            Allow("*"), "x/a", "8.8.8.8:65535/TCP", Reachable),
        new("SEMANTICS 31: ports: [{}] = all TCP ports only",
            Allow("*"), "x/a", "8.8.8.8:53/UDP", Blocked),
        new("SEMANTICS 32: an entry without port matches all ports of its protocol",
            Allow("*/UDP"), "x/a", "8.8.8.8:123/UDP", Reachable),
        new("SEMANTICS 32: ... of its protocol only",
            Allow("*/UDP"), "x/a", "8.8.8.8:123/TCP", Blocked),
        new("SEMANTICS 33: endPort is inclusive (start)", Allow("8000-9000"), "x/a", "8.8.8.8:8000/TCP", Reachable),
        new("SEMANTICS 33: endPort is inclusive (end)", Allow("8000-9000"), "x/a", "8.8.8.8:9000/TCP", Reachable),
        new("SEMANTICS 33: endPort range (below)", Allow("8000-9000"), "x/a", "8.8.8.8:7999/TCP", Blocked),
        new("SEMANTICS 33: endPort range (above)", Allow("8000-9000"), "x/a", "8.8.8.8:9001/TCP", Blocked),
        new("SEMANTICS 33: a range keeps its protocol", Allow("8000-9000/UDP"), "x/a", "8.8.8.8:8500/TCP", Blocked),
        new("SEMANTICS 34: a named port resolves on the destination pod",
            Allow("http"), "x/a", "y/web:8080/TCP", Reachable),
        new("SEMANTICS 34: a named port is that port only",
            Allow("http"), "x/a", "y/web:80/TCP", Blocked),
        new("SEMANTICS 34: a named port resolves per destination pod",
            Allow("http"), "x/a", "y/other:9090/TCP", Reachable),
        new("SEMANTICS 34: a named port resolves per destination pod (other pod's number)",
            Allow("http"), "x/a", "y/other:8080/TCP", Blocked),
        new("SEMANTICS 34: a named port never matches an external address",
            Allow("http"), "x/a", "169.254.169.254:8080/TCP", Blocked),
        new("SEMANTICS 34: a named port needs the same protocol (dns is UDP, the entry TCP)",
            Allow("dns"), "x/a", "y/web:53/TCP", Blocked),
        new("SEMANTICS 34: a named port with its protocol",
            Allow("dns/UDP"), "x/a", "y/web:53/UDP", Reachable),
        new("SEMANTICS 34: a pod without the named port has nothing to match",
            Allow("dns/UDP"), "x/a", "y/other:53/UDP", Blocked),
        new("E2E: should not mistakenly treat 'protocol: SCTP' as 'protocol: TCP' (SEMANTICS 35)",
            Allow("7777/TCP"), "x/a", "y/web:7777/SCTP", Blocked),
        new("SEMANTICS 35: SCTP allowed by an SCTP entry",
            Allow("7777/SCTP"), "x/a", "y/web:7777/SCTP", Reachable),
        new("SEMANTICS 35: a named SCTP port",
            Allow("assoc/SCTP"), "x/a", "y/web:7777/SCTP", Reachable),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_ports_decide(EgressCase row, Oracle oracle) => row.Check(oracle);

    [Theory]
    [MemberData(nameof(Oracles.All), MemberType = typeof(Oracles))]
    public void Should_keep_UDP_DNS_blocked_When_the_DNS_rule_names_only_port_53(Oracle oracle)
    {
        // SEMANTICS 31, 40: {port: 53} defaults to TCP; a resolver needs UDP and TCP 53.
        var world = Base.EgressPolicy("x/dns", "", Egress.To(Peer.Namespaces("")).On("53"));
        string[] columns = ["y/web:53/TCP", "y/web:53/UDP", "z/c:53/TCP", "z/c:53/UDP", "169.254.169.254:53/TCP"];
        TruthTable.AllReachable(["x/a", "y/a"], columns)
            .Block("x/a", "y/web:53/UDP", "z/c:53/UDP", "169.254.169.254:53/TCP")
            .Verify(Reach.By(oracle, world));
    }
}
