using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class NamespaceTests
{
    [Fact]
    public void Should_add_the_name_label_When_a_namespace_object_is_read()
    {
        // Rule 16: the control plane sets kubernetes.io/metadata.name, overriding any other value.
        var ns = Assert.Single(Yaml.Load("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              labels: {team: a, kubernetes.io/metadata.name: wrong}
            """).Namespaces);

        Assert.Equal(NamespaceInfo.Create("shop", LabelSet.Of(("team", "a"))), ns);
        Assert.Equal("kubernetes.io/metadata.name=shop,team=a", ns.Labels.ToString());
        Assert.False(ns.Implied);
    }

    [Fact]
    public void Should_imply_namespaces_When_objects_name_namespaces_without_namespace_objects()
    {
        // Rule 16 choice: a namespace named by any object exists, with only its name label.
        var snapshot = Yaml.Load("""
            {apiVersion: v1, kind: Namespace, metadata: {name: given, labels: {a: b}}}
            ---
            {apiVersion: v1, kind: Pod, metadata: {name: p, namespace: given}}
            ---
            {apiVersion: v1, kind: Pod, metadata: {name: p, namespace: from-pod}}
            ---
            {apiVersion: apps/v1, kind: Deployment, metadata: {name: d}}
            ---
            {apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: from-configmap}}
            ---
            {apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: cluster-scoped}}
            ---
            {apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: np, namespace: from-policy}}
            ---
            {apiVersion: v1, kind: Pod, metadata: {name: done, namespace: from-finished-pod}, status: {phase: Succeeded}}
            """);

        Assert.Equal(
            ["default (implied)", "from-configmap (implied)", "from-finished-pod (implied)", "from-pod (implied)", "from-policy (implied)", "given"],
            snapshot.Namespaces.Select(n => n.Implied ? $"{n.Name} (implied)" : n.Name));
        Assert.All(snapshot.Namespaces.Where(n => n.Implied), n => Assert.Equal($"{NamespaceInfo.NameLabel}={n.Name}", n.Labels.ToString()));
    }
}
