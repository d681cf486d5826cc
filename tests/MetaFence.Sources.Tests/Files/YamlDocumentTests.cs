using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Files;

public class YamlDocumentTests
{
    [Fact]
    public void Should_number_documents_as_yaml_does_When_helm_renders_empty_documents()
    {
        // Given: Helm output, leading "---", "# Source:" comments, one empty document.
        var result = Yaml.Read("""
            ---
            # Source: app/templates/unused.yaml
            ---
            # Source: app/templates/pod.yaml
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            ---
            # Source: app/templates/broken.yaml
            apiVersion: v1
            kind: Pod
            """);

        // Then: the pod is document 2, the nameless pod document 3.
        Assert.Equal(2, Assert.Single(result.Snapshot.Pods).Location?.Document);
        Assert.Equal("test.yaml: document 3: metadata.name: the field is missing; expected the Pod's name", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Should_report_the_line_and_load_the_other_documents_When_one_document_is_malformed()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: b
               labels: {app: b}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: c}
            """);

        Assert.Equal(["default/a", "default/c"], result.Snapshot.Pods.Select(p => p.ToString()));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "test.yaml: document 2: .: the YAML is malformed at line 9, column 10: while scanning a plain scalar value, found invalid mapping; "
            + "expected valid YAML (check the indentation and quoting on that line and the one before)",
            diagnostic.ToString());
        Assert.Equal(9, diagnostic.Location.Line);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Should_report_a_duplicate_key_When_a_mapping_repeats_a_key()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            metadata: {name: b}
            """);

        Assert.Equal(
            "test.yaml: document 1: .: the YAML is malformed at line 4, column 1: duplicate key metadata; "
            + "expected valid YAML (check the indentation and quoting on that line and the one before)",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Should_apply_anchors_and_merge_keys_When_a_document_uses_them()
    {
        var snapshot = Yaml.Load("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: &labels {app: web, tier: front}
            spec:
              template:
                metadata:
                  labels:
                    <<: *labels
                    tier: back
                spec: {containers: [{name: web}]}
            """);

        Assert.Equal("app=web,tier=back", Assert.Single(snapshot.Pods).Labels.ToString());
    }

    [Fact]
    public void Should_split_at_document_end_markers_When_documents_end_with_dots()
    {
        var snapshot = Yaml.Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            ...
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: b}
            ...
            """);

        Assert.Equal([1, 2], snapshot.Pods.Select(p => p.Location?.Document ?? 0));
    }

    [Theory]
    [InlineData("\"true\"", "true")]
    [InlineData("'yes'", "yes")]
    [InlineData("!!str on", "on")]
    [InlineData("yesterday", "yesterday")]
    [InlineData("'007'", "007")]
    [InlineData("!!str 1.0", "1.0")]
    [InlineData("v1.2", "v1.2")]
    [InlineData("|-\n      multi", "multi")]
    public void Should_read_a_string_When_a_label_value_is_quoted_tagged_or_not_a_number(string written, string read)
    {
        var snapshot = Yaml.Load($"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: a
              labels:
                k: {written}
            """);

        Assert.True(Assert.Single(snapshot.Pods).Labels.TryGetValue("k", out var value));
        Assert.Equal(read, value);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("ON", true)]
    [InlineData("True", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("Off", false)]
    public void Should_read_a_boolean_When_a_plain_scalar_is_a_yaml_1_1_boolean(string written, bool read)
    {
        // kubectl and Helm read YAML through sigs.k8s.io/yaml's goyaml.v2 (kubernetes-sigs/yaml
        // goyaml.v2/resolve.go), where y, yes, on, n, no, off are booleans: YAML 1.2 would say strings.
        var snapshot = Yaml.Load($"""
            apiVersion: v1
            kind: Pod
            metadata: {"{"}name: a{"}"}
            spec: {"{"}hostNetwork: {written}{"}"}
            """);

        Assert.Equal(read, Assert.Single(snapshot.Pods).HostNetwork);
    }

    [Theory]
    [InlineData("~", "")]
    [InlineData("", "")]
    [InlineData("null", "")]
    public void Should_read_an_empty_label_When_the_value_is_null(string written, string read)
    {
        var snapshot = Yaml.Load($"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: a
              labels:
                k: {written}
            """);

        Assert.True(Assert.Single(snapshot.Pods).Labels.TryGetValue("k", out var value));
        Assert.Equal(read, value);
    }
}
