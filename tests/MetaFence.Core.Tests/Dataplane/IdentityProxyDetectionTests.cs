using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Dataplane;

/// <summary>
/// Identity proxies are recognised by the workload's name, or the pod's name when it has no
/// owner, or an <c>app</c>, <c>k8s-app</c> or <c>app.kubernetes.io/name</c> label: the marker
/// alone or followed by <c>-</c> (DESIGN "Identity proxies"; SEMANTICS 28 choice). Each row names
/// where the manifest it imitates comes from.
/// </summary>
public sealed class IdentityProxyDetectionTests
{
    public static TheoryData<ProxyCase> Rows =>
    [
        new("kube2iam README: DaemonSet kube2iam", "DaemonSet", "kube2iam", [], ["kube2iam"]),
        new("kiam deploy/agent.yaml: DaemonSet kiam-agent", "DaemonSet", "kiam-agent", [], ["kiam"]),
        new("kiam Helm chart: DaemonSet <release>-kiam-agent names no marker first; its app label does", "DaemonSet", "prod-kiam-agent",
            [("app", "kiam")], ["kiam"]),
        new("GKE: DaemonSet gke-metadata-server in kube-system", "DaemonSet", "gke-metadata-server", [], ["the GKE metadata server"]),
        new("aad-pod-identity deploy: DaemonSet nmi", "DaemonSet", "nmi", [], ["aad-pod-identity (NMI)"]),
        new("aad-pod-identity Helm chart: k8s-app label", "DaemonSet", "aad-pod-identity-nmi", [("k8s-app", "nmi")], ["aad-pod-identity (NMI)"]),
        new("app.kubernetes.io/name label", "DaemonSet", "metadata-agent", [("app.kubernetes.io/name", "kube2iam")], ["kube2iam"]),
        new("a bare pod is named by itself", null, "kube2iam-x7k2p", [], ["kube2iam"]),
        new("a marker followed by other letters is another name", "Deployment", "nmiscellaneous", [], []),
        new("a marker inside a name is not a prefix", "Deployment", "my-kube2iam", [], []),
        new("other labels do not count", "Deployment", "web", [("component", "kube2iam")], []),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_name_the_proxy_When_a_workload_or_label_names_one(ProxyCase row)
    {
        var proxies = IdentityProxies.Detect(row.Snapshot());

        Assert.Equal(row.Expected, proxies.ToArray());
    }

    [Fact]
    public void Should_list_each_proxy_once_sorted_When_several_run()
    {
        var snapshot = ClusterSnapshot.Empty with
        {
            Pods =
            [
                Pod("nmi", "DaemonSet", []), Pod("kube2iam", "DaemonSet", []), Pod("kube2iam-b", null, [("app", "kube2iam")]),
            ],
        };

        Assert.Equal(["aad-pod-identity (NMI)", "kube2iam"], IdentityProxies.Detect(snapshot).ToArray());
    }

    private static PodInfo Pod(string name, string? ownerKind, (string Key, string Value)[] labels) => new()
    {
        Namespace = "kube-system",
        Name = name,
        Owner = ownerKind is null ? null : new ObjectRef(ownerKind, "kube-system", name),
        Labels = LabelSet.Of(labels),
    };

    /// <summary>One row of <see cref="Rows"/>.</summary>
    public sealed record ProxyCase(string Source, string? OwnerKind, string Name, (string Key, string Value)[] Labels, string[] Expected)
    {
        public ClusterSnapshot Snapshot() => ClusterSnapshot.Empty with { Pods = [Pod(Name, OwnerKind, Labels)] };

        public override string ToString() => $"{Name} -> [{string.Join(", ", Expected)}] ({Source})";
    }
}
