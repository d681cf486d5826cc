using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS E: ipBlock.</summary>
public sealed class IpBlockTests
{
    private static readonly World Base = World.Standard();

    private static readonly World DockerExcept =
        Base.EgressPolicy("x/docker", "", Egress.To(Peer.Block("172.17.0.0/16", "172.17.1.0/24")));

    private static readonly World BlockMetadataV4Only = Base.EgressPolicy("x/block-imds", "",
        Egress.To(Peer.Block("0.0.0.0/0", "169.254.169.254/32")));

    private static readonly World BlockMetadataDualStack = Base.EgressPolicy("x/block-imds", "",
        Egress.To(Peer.Block("0.0.0.0/0", "169.254.169.254/32"), Peer.Block("::/0", "fd00:ec2::254/128")));

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        new("SEMANTICS 20, CON example: 172.17.0.0/16 except 172.17.1.0/24 (below the except)",
            DockerExcept, "x/a", "172.17.0.5:80/TCP", Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 20: address in an except does not match",
            DockerExcept, "x/a", "172.17.1.5:80/TCP", Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 20: above the except, still in the cidr",
            DockerExcept, "x/a", "172.17.255.255:80/TCP", Reachable),
        new("SEMANTICS 20: outside the cidr",
            DockerExcept, "x/a", "172.18.0.1:80/TCP", Blocked),
        new("SEMANTICS 20: the except's edges are excluded (first address)",
            DockerExcept, "x/a", "172.17.1.0:80/TCP", Blocked),
        new("SEMANTICS 20: the except's edges are excluded (last address)",
            DockerExcept, "x/a", "172.17.1.255:80/TCP", Blocked),
        new("SEMANTICS 20: 0.0.0.0/0 except 169.254.169.254/32 blocks IMDS",
            BlockMetadataV4Only, "x/a", "169.254.169.254:80/TCP", Blocked),
        new("SEMANTICS 20: ... and keeps the neighbours (EKS Pod Identity)",
            BlockMetadataV4Only, "x/a", "169.254.170.23:80/TCP", Reachable),
        new("SEMANTICS 22: 0.0.0.0/0 never contains an IPv6 address",
            BlockMetadataV4Only, "x/a", "[2001:db8::1]:443/TCP", Blocked),
        new("SEMANTICS 22: ::/0 never contains an IPv4 address",
            Base.EgressPolicy("x/v6", "", Egress.To(Peer.Block("::/0"))), "x/a", "8.8.8.8:443/TCP", Blocked),
        new("SEMANTICS 22: dual-stack blocking needs two ipBlocks (IPv6 IMDS blocked)",
            BlockMetadataDualStack, "x/a", "[fd00:ec2::254]:80/TCP", Blocked),
        new("SEMANTICS 22: dual-stack: other IPv6 still reachable",
            BlockMetadataDualStack, "x/a", "[2001:db8::1]:443/TCP", Reachable),
        new("DESIGN common mistake: forgetting IPv6 leaves fd00:ec2::254 open",
            Base.EgressPolicy("x/block-imds", "", Egress.To(Peer.Block("0.0.0.0/0", "169.254.169.254/32"), Peer.Block("::/0"))),
            "x/a", "[fd00:ec2::254]:80/TCP", Reachable),
        new("SEMANTICS 25: a destination ::ffff:169.254.169.254 is IPv4 169.254.169.254",
            BlockMetadataDualStack, "x/a", "[::ffff:169.254.169.254]:80/TCP", Blocked),
        new("SEMANTICS 25: a CIDR ::ffff:169.254.169.254/128 is IPv4 169.254.169.254/32",
            Base.EgressPolicy("x/mapped", "", Egress.To(Peer.Block("0.0.0.0/0", "::ffff:169.254.169.254/128"))),
            "x/a", "169.254.169.254:80/TCP", Blocked),
        new("SEMANTICS 25: ... so an allow of the mapped /128 allows the IPv4 address",
            Base.EgressPolicy("x/mapped", "", Egress.To(Peer.Block("::ffff:169.254.169.254/128"))),
            "x/a", "169.254.169.254:80/TCP", Reachable),
        new("SEMANTICS 26: fd00:ec2:0:0:0:0:0:254 = fd00:ec2::254",
            Base.EgressPolicy("x/v6-imds", "", Egress.To(Peer.Block("fd00:ec2:0:0:0:0:0:254/128"))),
            "x/a", "[fd00:ec2::254]:80/TCP", Reachable),
        new("SEMANTICS 26: IPv6 compares as 128-bit values (inside a /32)",
            Base.EgressPolicy("x/v6-net", "", Egress.To(Peer.Block("fd00:ec2::/32"))), "x/a", "[fd00:ec2:ffff::1]:80/TCP", Reachable),
        new("SEMANTICS 26: IPv6 compares as 128-bit values (next /32)",
            Base.EgressPolicy("x/v6-net", "", Egress.To(Peer.Block("fd00:ec2::/32"))), "x/a", "[fd00:ec3::254]:80/TCP", Blocked),
        new("E2E: should allow egress access to server in CIDR block (podIP/32; SEMANTICS 27)",
            Base.EgressPolicy("x/to-yb", "", Egress.To(Peer.Block("10.0.2.2/32"))), "x/a", "y/b:80/TCP", Reachable),
        new("SEMANTICS 27: ipBlock matches pod IPs, so an except excludes a pod",
            Base.EgressPolicy("x/not-yb", "", Egress.To(Peer.Block("10.0.0.0/16", "10.0.2.2/32"))), "x/a", "y/b:80/TCP", Blocked),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_ipBlocks_decide(EgressCase row, Oracle oracle) => row.Check(oracle);

    [Theory]
    [MemberData(nameof(Oracles.All), MemberType = typeof(Oracles))]
    public void Should_block_metadata_but_not_pods_When_0_0_0_0_0_excepts_the_metadata_address(Oracle oracle)
    {
        // SEMANTICS 20, 22, 27: the block covers every pod IP and all IPv4 but IMDS; IPv6 IMDS is outside it.
        var world = BlockMetadataV4Only;
        string[] columns = ["x/b", "y/c", "169.254.169.254", "169.254.170.2", "[fd00:ec2::254]"];
        TruthTable.AllReachable(World.StandardPods, columns)
            .Block("x/a", "169.254.169.254", "[fd00:ec2::254]")
            .Block("x/b", "169.254.169.254", "[fd00:ec2::254]")
            .Block("x/c", "169.254.169.254", "[fd00:ec2::254]")
            .Verify(Reach.By(oracle, world));
    }
}
