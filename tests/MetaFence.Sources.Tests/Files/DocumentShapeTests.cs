using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Files;

public class DocumentShapeTests
{
    [Theory]
    [InlineData("metadata: {name: a}\napiVersion: v1", "kind: the field is missing; expected the object's kind, e.g. Pod or NetworkPolicy")]
    [InlineData("metadata: {name: a}\nkind: Pod", "apiVersion: the field is missing; expected the object's API version, e.g. v1 or networking.k8s.io/v1")]
    [InlineData("metadata: {name: a}", ".: the document has no apiVersion and no kind; expected a Kubernetes object, e.g. apiVersion: v1 and kind: Pod")]
    [InlineData("kind: 5\napiVersion: v1", "kind: 5 is not a string; expected the object's kind, e.g. Pod")]
    [InlineData("hello", ".: \"hello\" is not a Kubernetes object; expected a map with apiVersion, kind and metadata")]
    [InlineData("- a\n- b", ".: a list is not a Kubernetes object; expected a map with apiVersion, kind and metadata")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {labels: {a: b}}", "metadata.name: the field is missing; expected the Pod's name")]
    public void Should_report_an_error_When_a_document_is_not_a_kubernetes_object(string yaml, string message)
    {
        var result = Yaml.Read(yaml);

        Assert.Equal($"test.yaml: document 1: {message}", Assert.Single(result.Diagnostics).ToString());
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Should_count_and_skip_When_kinds_are_not_evaluated()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: Service
            metadata: {name: a}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: b}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            ---
            apiVersion: example.com/v1
            kind: Deployment
            metadata: {name: d}
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            ["ConfigMap=1", "Deployment (example.com/v1)=1", "Service=2"],
            result.Snapshot.SkippedKinds.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void Should_open_every_list_When_lists_are_typed_untyped_or_nested()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Pod
              metadata: {name: a}
            - apiVersion: v1
              kind: List
              items:
              - {apiVersion: v1, kind: Pod, metadata: {name: b}}
            - apiVersion: v1
              kind: PodList
              items:
              - metadata: {name: c}
            - apiVersion: v1
              metadata: {name: d}
            """);

        Assert.Equal(["default/a", "default/b", "default/c"], result.Snapshot.Pods.Select(p => p.ToString()));
        Assert.Equal("items[2].items[0]", result.Snapshot.Pods[2].Location?.Path);
        Assert.Equal(
            "test.yaml: document 1: items[3].kind: the field is missing; expected the object's kind, e.g. Pod or NetworkPolicy",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Equal(15, result.Diagnostics[0].Location.Line);
    }

    [Fact]
    public void Should_load_nothing_and_report_nothing_When_a_list_is_empty()
    {
        var result = Yaml.Read("apiVersion: v1\nkind: List\nitems: []\n");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Snapshot.Pods);
        Assert.Empty(result.Snapshot.SkippedKinds);
    }
}
