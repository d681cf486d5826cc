using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS G: host-network subjects and terminated pods.</summary>
public sealed class SpecialPodTests
{
    private const string Metadata = "169.254.169.254:80/TCP";

    private static readonly World Base = World.Standard()
        .Pod("x/host", "10.1.0.5", "pod=a", hostNetwork: true)
        .Pod("y/done", "10.0.2.50", "pod=done", ports: "http=8080/TCP", phase: PodPhase.Succeeded)
        .Pod("y/failed", "10.0.2.2", "pod=failed", phase: PodPhase.Failed)
        .Pod("y/pending", "10.0.2.60", "pod=pending", phase: PodPhase.Pending)
        .Pod("y/template", "", "pod=a", phase: PodPhase.Template);

    private static readonly World DenyAllInX = Base.EgressPolicy("x/deny-all", "");

    public static TheoryData<EgressCase, Oracle> Rows => Oracles.Both(
    [
        new("SEMANTICS 36: a hostNetwork pod is not protected by the NetworkPolicy layer",
            DenyAllInX, "x/host", Metadata, Reachable, Decision.HostNetwork),
        new("SEMANTICS 36: ... while its non-host neighbours with the same labels are",
            DenyAllInX, "x/a", Metadata, Blocked, Decision.NetworkPolicyDeny),
        new("SEMANTICS 36, 46: nor by the admin tier",
            Base.AdminCnp("deny-imds", 0, Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.169.254/32"))),
            "x/host", Metadata, Reachable, Decision.HostNetwork),
        new("SEMANTICS 36, 46: nor by the baseline tier",
            Base.Banp(Admin.Everyone, Admin.Deny(AdminPeers.Networks("0.0.0.0/0"))), "x/host", Metadata, Reachable, Decision.HostNetwork),
        new("SEMANTICS 37: a Succeeded pod is no destination: its IP is external to selectors",
            Base.EgressPolicy("x/to-y", "", Egress.To(Peer.Namespaces("ns=y"))), "x/a", "10.0.2.50:80/TCP", Blocked),
        new("SEMANTICS 37: a Succeeded pod's named ports do not resolve",
            Base.EgressPolicy("x/http", "", Egress.To(Peer.Block("10.0.0.0/8")).On("http")), "x/a", "10.0.2.50:8080/TCP", Blocked),
        new("SEMANTICS 37: an IP reused from a Failed pod belongs to the running pod (selector of the running one)",
            Base.EgressPolicy("x/to-b", "", Egress.To(Peer.PodsIn("ns=y", "pod=b"))), "x/a", "10.0.2.2:80/TCP", Reachable),
        new("SEMANTICS 37: an IP reused from a Failed pod does not carry the Failed pod's labels",
            Base.EgressPolicy("x/to-failed", "", Egress.To(Peer.PodsIn("ns=y", "pod=failed"))), "x/a", "10.0.2.2:80/TCP", Blocked),
        new("SEMANTICS 27, 38: a Pending pod with an IP is a destination",
            Base.EgressPolicy("x/to-pending", "", Egress.To(Peer.PodsIn("ns=y", "pod=pending"))), "x/a", "10.0.2.60:80/TCP", Reachable),
        new("SEMANTICS 38: a template is judged by its labels",
            Base.EgressPolicy("y/deny-a", "pod=a"), "y/template", Metadata, Blocked, Decision.NetworkPolicyDeny),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_says_When_special_pods_are_involved(EgressCase row, Oracle oracle) => row.Check(oracle);
}
