using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS 49–51: cluster-wide peers, ports and the unknown peer.</summary>
public sealed class AdminPeerTests
{
    private const string Metadata = "169.254.169.254:80/TCP";

    private static readonly World Base = World.Standard()
        .Node("node-1", "10.128.0.1,fd00:128::1", "role=worker")
        .Node("node-2", "10.128.0.2", "role=infra")
        .Pod("kube-system/node-local-dns", "169.254.20.10", "k8s-app=node-local-dns", hostNetwork: true)
        .Pod("y/web", "10.0.2.10", "pod=web", ports: "http=8080/TCP");

    private static World DenyFromX(params AdminPeer[] to) => Base.AdminCnp("deny", 10, Admin.Namespaces("ns=x"), Admin.Deny(to));

    private static World AcceptThenDeny(AdminRule accept) =>
        Base.AdminCnp("rules", 10, Admin.Namespaces("ns=x"), accept, Admin.Deny(AdminPeers.Networks("0.0.0.0/0", "::/0")));

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        // 49: peers
        new("SEMANTICS 49: a namespaces peer selects the pods of those namespaces",
            DenyFromX(AdminPeers.Namespaces("ns=y")), "x/a", "y/b:80/TCP", Blocked, Decision.AdminDeny),
        new("SEMANTICS 49: a namespaces peer does not select other namespaces",
            DenyFromX(AdminPeers.Namespaces("ns=y")), "x/a", "z/b:80/TCP", Reachable, Decision.DefaultAllow),
        new("SEMANTICS 49: pods peers never match an external address",
            DenyFromX(AdminPeers.Namespaces("")), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 49: pods peers: namespace AND pod selector",
            DenyFromX(AdminPeers.Pods("ns=y", "pod=b")), "x/a", "y/b:80/TCP", Blocked),
        new("SEMANTICS 49: pods peers: another pod of the namespace is not selected",
            DenyFromX(AdminPeers.Pods("ns=y", "pod=b")), "x/a", "y/c:80/TCP", Reachable),
        new("SEMANTICS 49 (NPAPI: host-networked pods are not included in this type of peer)",
            DenyFromX(AdminPeers.Namespaces("")), "x/a", "169.254.20.10:53/UDP", Reachable),
        new("SEMANTICS 49: nodes peers match the addresses of the selected nodes",
            DenyFromX(AdminPeers.Nodes("role=worker")), "x/a", "10.128.0.1:10250/TCP", Blocked),
        new("SEMANTICS 49: nodes peers match every address of the node, IPv6 too",
            DenyFromX(AdminPeers.Nodes("role=worker")), "x/a", "[fd00:128::1]:10250/TCP", Blocked),
        new("SEMANTICS 49: nodes peers do not match unselected nodes",
            DenyFromX(AdminPeers.Nodes("role=worker")), "x/a", "10.128.0.2:10250/TCP", Reachable),
        new("SEMANTICS 49: networks match external addresses",
            DenyFromX(AdminPeers.Networks("169.254.169.254/32", "fd00:ec2::254/128")), "x/a", "[fd00:ec2::254]:80/TCP", Blocked),
        new("SEMANTICS 49: networks also match pod IPs (Deny 0.0.0.0/0 = all IPv4 pod-to-pod traffic)",
            DenyFromX(AdminPeers.Networks("0.0.0.0/0")), "x/a", "y/b:80/TCP", Blocked, Decision.AdminDeny),
        new("SEMANTICS 49: domainNames never match an IP address",
            Base.AdminCnp("allow-imds-name", 10, Admin.Namespaces("ns=x"), Admin.Accept(AdminPeers.DomainNames("metadata.google.internal")))
                .EgressPolicy("x/deny-all", ""),
            "x/a", Metadata, Blocked, Decision.NetworkPolicyDeny),

        // 50: ports
        new("SEMANTICS 50: ports absent = all (UDP)",
            DenyFromX(AdminPeers.Networks("169.254.169.254/32")), "x/a", "169.254.169.254:53/UDP", Blocked),
        new("SEMANTICS 50: portNumber protocol defaults to TCP",
            AcceptThenDeny(Admin.Accept(AdminPeers.Networks("8.8.8.8/32")).On("53")), "x/a", "8.8.8.8:53/UDP", Blocked, Decision.AdminDeny),
        new("SEMANTICS 50: portNumber",
            AcceptThenDeny(Admin.Accept(AdminPeers.Networks("8.8.8.8/32")).On("53/UDP")), "x/a", "8.8.8.8:53/UDP", Reachable, Decision.AdminAccept),
        new("SEMANTICS 50: portRange is inclusive",
            AcceptThenDeny(Admin.Accept(AdminPeers.Networks("8.8.8.8/32")).On("1000-2000")), "x/a", "8.8.8.8:2000/TCP", Reachable),
        new("SEMANTICS 50: portRange excludes the next port",
            AcceptThenDeny(Admin.Accept(AdminPeers.Networks("8.8.8.8/32")).On("1000-2000")), "x/a", "8.8.8.8:2001/TCP", Blocked),
        new("SEMANTICS 50: namedPort resolves on the destination pod",
            AcceptThenDeny(Admin.Accept(AdminPeers.Namespaces("ns=y")).On("http")), "x/a", "y/web:8080/TCP", Reachable),
        new("SEMANTICS 50: namedPort does not match another number",
            AcceptThenDeny(Admin.Accept(AdminPeers.Namespaces("ns=y")).On("http")), "x/a", "y/web:80/TCP", Blocked),

        // 51: unknown peers fail closed
        new("SEMANTICS 51: an Accept rule with an unknown peer matches nothing",
            AcceptThenDeny(Admin.Accept(AdminPeers.Unknown)), "x/a", Metadata, Blocked, Decision.AdminDeny),
        new("SEMANTICS 51 (NPAPI: treat the rule as matching no traffic): known peers of that Accept rule do not match either",
            AcceptThenDeny(Admin.Accept(AdminPeers.Networks("169.254.169.254/32"), AdminPeers.Unknown)), "x/a", Metadata, Blocked, Decision.AdminDeny),
        new("SEMANTICS 51: a Deny rule with an unknown peer denies all",
            DenyFromX(AdminPeers.Unknown), "x/a", "8.8.8.8:443/TCP", Blocked, Decision.AdminDeny),
        new("SEMANTICS 51: ... all ports too ('Deny all')",
            Base.AdminCnp("deny", 10, Admin.Namespaces("ns=x"), Admin.Deny(AdminPeers.Unknown).On("22")), "x/a", "8.8.8.8:443/TCP", Blocked, Decision.AdminDeny),
        new("SEMANTICS 51: a Pass rule with an unknown peer becomes deny-all",
            Base.AdminCnp("pass", 10, Admin.Namespaces("ns=x"), Admin.Pass(AdminPeers.Unknown)).EgressPolicy("x/allow-all", "", Egress.Anywhere),
            "x/a", "y/b:80/TCP", Blocked, Decision.AdminDeny),
        new("SEMANTICS 51: in the baseline tier as well",
            Base.BaselineCnp("pass", 10, Admin.Namespaces("ns=x"), Admin.Pass(AdminPeers.Unknown)), "x/a", "y/b:80/TCP", Blocked, Decision.BaselineDeny),
        new("SEMANTICS 51: only for the policy's subjects",
            DenyFromX(AdminPeers.Unknown), "y/a", "8.8.8.8:443/TCP", Reachable, Decision.DefaultAllow),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_cluster_wide_peers_decide(EgressCase row, Oracle oracle) => row.Check(oracle);
}
