using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS L (rules 57–59): CiliumClusterwideNetworkPolicy and CiliumNetworkPolicy.</summary>
public sealed class CiliumTests
{
    private const string Metadata = "169.254.169.254:80/TCP";
    private const string Web = "93.184.216.34:443/TCP";

    private static readonly World Base = World.Standard().Node("node-1", "192.168.0.1");

    private static IpSet Cidrs(params string[] texts) =>
        IpSet.Of(texts.Select(t => Cidr.TryParse(t, out var c, out _) ? c.Range : throw new ArgumentException(t)));

    private static CiliumRule ToCidr(bool deny, params string[] cidrs) => new(0, deny) { ToCidr = Cidrs(cidrs), Text = string.Join(", ", cidrs) };

    private static CiliumPolicyInfo Ccnp(string name, CiliumRule[] egress, CiliumRule[] egressDeny, bool? defaultDeny = null) => new()
    {
        Kind = CiliumPolicyInfo.ClusterwideKind,
        Name = name,
        Egress = [.. egress],
        EgressDeny = [.. egressDeny],
        DefaultDenyEgress = defaultDeny ?? (egress.Length + egressDeny.Length > 0),
    };

    private static Func<ClusterSnapshot, ClusterSnapshot> With(params CiliumPolicyInfo[] policies) => s => s with { CiliumPolicies = [.. policies] };

    private static readonly CiliumPolicyInfo BlockImds = Ccnp("block-imds", [], [ToCidr(true, "169.254.169.254/32")], defaultDeny: false);

    public static TheoryData<LayeredCase> Rows => new(
    [
        new("SEMANTICS 57: egressDeny denies", Base, With(BlockImds), "x/a", Metadata, Blocked, Decision.CiliumDeny),
        new("SEMANTICS 58: with enableDefaultDeny.egress false the rest stays reachable", Base, With(BlockImds), "x/a", Web, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 58: a deny-only CCNP without enableDefaultDeny blocks everything",
            Base, With(BlockImds with { DefaultDenyEgress = true }), "x/a", Web, Blocked, Decision.CiliumDeny),
        new("SEMANTICS 57: egressDeny beats a K8s NetworkPolicy allow",
            Base.EgressPolicy("x/allow-all", "", Egress.Anywhere), With(BlockImds), "x/a", Metadata, Blocked, Decision.CiliumDeny),
        new("SEMANTICS 57: egressDeny beats a Cilium allow",
            Base, With(BlockImds, Ccnp("allow-all", [new CiliumRule(0, false) { ToEntities = [CiliumEntity.All] }], [])), "x/a", Metadata, Blocked, Decision.CiliumDeny),
        new("SEMANTICS 58: Cilium allows union with K8s NetworkPolicy allows",
            Base.EgressPolicy("x/deny-all", ""), With(Ccnp("allow-web", [ToCidr(false, "93.184.216.0/24")], [])), "x/a", Web, Reachable, Decision.CiliumAllow),
        new("SEMANTICS 8, 58: K8s NetworkPolicy isolation without any allow still denies",
            Base.EgressPolicy("x/deny-all", ""), With(BlockImds), "x/a", Web, Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 59: toCIDRSet except",
            Base, With(Ccnp("allow-but-imds", [new CiliumRule(0, false) { ToCidr = Cidrs("0.0.0.0/0").Except(Cidrs("169.254.169.254/32")) }], [])), "x/a", Metadata, Blocked, Decision.CiliumDeny),
        new("SEMANTICS 59: CIDR rules never match pods",
            Base, With(Ccnp("deny-all-cidr", [], [ToCidr(true, "0.0.0.0/0")], defaultDeny: false)), "x/a", "10.0.2.2:80/TCP", Reachable, Decision.DefaultAllow),
        new("SEMANTICS 59: CIDR rules never match node IPs",
            Base, With(Ccnp("deny-all-cidr", [], [ToCidr(true, "0.0.0.0/0")], defaultDeny: false)), "x/a", "192.168.0.1:10250/TCP", Reachable, Decision.DefaultAllow),
        new("SEMANTICS 59: toEntities world matches outside addresses only",
            Base, With(Ccnp("world", [new CiliumRule(0, false) { ToEntities = [CiliumEntity.World] }], [])), "x/a", "10.0.2.2:80/TCP", Blocked, Decision.CiliumDeny),
        new("SEMANTICS 59: toEntities world",
            Base, With(Ccnp("world", [new CiliumRule(0, false) { ToEntities = [CiliumEntity.World] }], [])), "x/a", Web, Reachable, Decision.CiliumAllow),
        new("SEMANTICS 58: toPorts limit an egressDeny",
            Base, With(BlockImds with { EgressDeny = [ToCidr(true, "169.254.169.254/32") with { Ports = [new PortMatch(Protocol.TCP, 80)] }] }), "x/a", "169.254.169.254:53/UDP", Reachable, Decision.DefaultAllow),
        new("SEMANTICS 58: a namespaced CiliumNetworkPolicy selects only its namespace",
            Base, With(BlockImds with { Kind = CiliumPolicyInfo.NamespacedKind, Namespace = "y" }), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 58: endpointSelector on identity labels (namespace key)",
            Base, With(BlockImds with { EndpointSelector = Sel.Parse("io.kubernetes.pod.namespace=x") }), "x/a", Metadata, Blocked, Decision.CiliumDeny),
        new("SEMANTICS 15: host-network pods are not selected",
            Base.Pod("x/h", "192.168.0.1", "pod=h", hostNetwork: true), With(BlockImds), "x/h", Metadata, Reachable, Decision.HostNetwork),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_L_says_When_Cilium_policies_apply(LayeredCase row) => row.Check();
}
