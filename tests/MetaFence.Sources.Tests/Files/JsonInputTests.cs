using MetaFence.Sources.Files;

namespace MetaFence.Sources.Tests.Files;

public class JsonInputTests
{
    private static readonly LoadOptions Options = new();

    // As `kubectl get pods -A -o json` writes it: items before kind.
    private const string KubectlDump = """
        {
            "apiVersion": "v1",
            "items": [
                {
                    "apiVersion": "v1",
                    "kind": "Pod",
                    "metadata": {"name": "a", "namespace": "x"},
                    "status": {"phase": "Running", "podIP": "10.1.0.5"}
                },
                {
                    "apiVersion": "v1",
                    "kind": "Pod",
                    "metadata": {"name": "b", "namespace": "x"},
                    "spec": {"containers": [{"name": "c", "ports": [{"containerPort": "abc"}]}]}
                }
            ],
            "kind": "List",
            "metadata": {"resourceVersion": ""}
        }
        """;

    [Fact]
    public void Should_load_items_and_name_the_failing_item_When_reading_a_kubectl_dump()
    {
        var result = ManifestLoader.LoadText("dump.json", KubectlDump, Options);

        var pod = Assert.Single(result.Snapshot.Pods);
        Assert.Equal("x/a", pod.ToString());
        Assert.Equal(("items[0]", 4), (pod.Location?.Path, pod.Location?.Line));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "dump.json: document 1: items[1].spec.containers[0].ports[0].containerPort: \"abc\" is not an integer; expected a whole number",
            diagnostic.ToString());
        Assert.Equal(14, diagnostic.Location.Line);
    }

    [Fact]
    public void Should_read_items_as_the_list_kind_When_a_typed_list_omits_item_kinds()
    {
        var result = ManifestLoader.LoadText("pods.json", """
            {"kind": "PodList", "apiVersion": "v1", "items": [{"metadata": {"name": "a", "namespace": "x"}}]}
            """, Options);

        Assert.Equal("x/a", Assert.Single(result.Snapshot.Pods).ToString());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_number_each_value_as_a_document_When_json_values_are_concatenated()
    {
        var result = ManifestLoader.LoadText("many.json", """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}}
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "b"}}
            """, Options);

        Assert.Equal([1, 2], result.Snapshot.Pods.Select(p => p.Location?.Document ?? 0));
    }

    [Fact]
    public void Should_keep_the_items_before_the_error_When_json_is_malformed_midway()
    {
        var result = ManifestLoader.LoadText("cut.json", """
            {"kind": "List", "apiVersion": "v1", "items": [
              {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}},
              {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "b"}},
              {"apiVersion": "v1", "kind": "Pod", "metadata": {"name" "c"}}
            ]}
            """, Options);

        Assert.Equal(["default/a", "default/b"], result.Snapshot.Pods.Select(p => p.ToString()));
        Assert.Equal(
            "cut.json: document 1: .: the JSON is malformed at line 4, column 59: '\"' is invalid after a property name. Expected a ':'; "
            + "expected valid JSON; the documents before this point were read",
            Assert.Single(result.Diagnostics).ToString());
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Should_read_yaml_When_stdin_starts_with_a_brace_but_is_yaml()
    {
        var result = ManifestLoader.Load(["-"], Options, new StringReader("{apiVersion: v1, kind: Pod, metadata: {name: a}}\n"));

        Assert.Single(result.Snapshot.Pods);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_read_json_When_stdin_holds_json()
    {
        var result = ManifestLoader.Load(["-"], Options, new StringReader(KubectlDump));

        Assert.Single(result.Snapshot.Pods);
        Assert.StartsWith("stdin: document 1: items[1].spec", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }
}
