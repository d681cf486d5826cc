using MetaFence.Core.Findings;
using MetaFence.Sources.Files;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Files;

public class ManifestLoaderTests
{
    private const string PodA = """
        apiVersion: v1
        kind: Pod
        metadata: {name: a, namespace: x}
        """;

    private static readonly LoadOptions Options = new();

    [Fact]
    public void Should_load_manifests_recursively_in_ordinal_order_When_given_a_folder()
    {
        using var folder = new TempFolder();
        folder.Write("b.yaml", PodA.Replace("name: a", "name: b", StringComparison.Ordinal));
        folder.Write("sub/a.yml", PodA);
        folder.Write("sub/deeper/c.json", """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "c", "namespace": "x"}}""");
        folder.Write("notes.txt", "not: [a manifest");
        folder.Write("README.md", "# readme");

        var result = ManifestLoader.Load([folder.Path], Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["x/a", "x/b", "x/c"], result.Snapshot.Pods.Select(p => p.ToString()));
        var files = result.Snapshot.Pods.Select(p => Path.GetRelativePath(folder.Path, p.Location?.File ?? ""));
        Assert.Equal(["sub/a.yml", "b.yaml", "sub/deeper/c.json"], files);
    }

    [Fact]
    public void Should_read_standard_input_When_path_is_a_dash()
    {
        var result = ManifestLoader.Load(["-"], Options, new StringReader(PodA));

        var pod = Assert.Single(result.Snapshot.Pods);
        Assert.Equal("stdin", pod.Location?.File);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_read_a_file_with_another_extension_When_it_is_named_explicitly()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dump.txt", """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a", "namespace": "x"}}""");

        var result = ManifestLoader.Load([path], Options);

        Assert.Single(result.Snapshot.Pods);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_report_the_missing_path_and_load_the_others_When_a_path_does_not_exist()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.yaml", PodA);
        var missing = Path.Join(folder.Path, "nope.yaml");

        var result = ManifestLoader.Load([missing, good], Options);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Fatal, diagnostic.Severity);
        Assert.Equal($"{missing}: document 1: .: no such file or folder; expected an existing file, a folder, or - for standard input", diagnostic.ToString());
        Assert.True(result.HasErrors);
        Assert.Single(result.Snapshot.Pods);
    }

    [Fact]
    public void Should_warn_When_a_folder_holds_no_manifests()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "hello");

        var result = ManifestLoader.Load([folder.Path], Options);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{folder.Path}: document 1: .: the folder holds no .yaml, .yml or .json files; expected a folder of manifests", diagnostic.ToString());
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Should_sort_every_collection_ordinally_When_input_is_unordered()
    {
        var snapshot = Yaml.Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: b, namespace: z}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: z}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: c, namespace: B}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: n2, namespace: z}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: n1, namespace: z}
            """);

        Assert.Equal(["B/c", "z/a", "z/b"], snapshot.Pods.Select(p => p.ToString()));
        Assert.Equal(["B", "z"], snapshot.Namespaces.Select(n => n.Name));
        Assert.Equal(["n1", "n2"], snapshot.NetworkPolicies.Select(p => p.Name));
    }

    [Fact]
    public void Should_keep_the_later_copy_and_warn_When_an_object_appears_twice()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: x, labels: {v: "1"}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: x, labels: {v: "2"}}
            """);

        var pod = Assert.Single(result.Snapshot.Pods);
        Assert.Equal("v=2", pod.Labels.ToString());
        Assert.Equal(
            "test.yaml: document 2: .: Pod x/a was already read from test.yaml document 1; this later copy replaces it; expected each object once",
            Assert.Single(result.Diagnostics).ToString());
    }
}
