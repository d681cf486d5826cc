using MetaFence.Core.Findings;
using MetaFence.Sources.Files;
using MetaFence.Sources.Tests.Conversion.Streaming;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Files;

public class JsonStreamingTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(100)]
    [InlineData(4096)]
    public void Should_load_what_one_big_buffer_loads_When_tokens_span_buffer_refills(int bufferSize)
    {
        // Given: an 80 KB dump read through a buffer far smaller than it and than its longest
        // token (a 2 KB annotation), and the same dump cut off in its last item.
        using var folder = new TempFolder();
        var text = File.ReadAllText(LoadDescription.KubectlDump);
        var cut = folder.Write("cut.json", text[..(text.Length - 300)]);

        // When
        var whole = LoadDescription.Load(LoadDescription.KubectlDump, bufferSize: bufferSize);
        var broken = LoadDescription.Load(cut, bufferSize: bufferSize);

        // Then: the same snapshots, diagnostics, locations and lines as one read in one piece.
        Assert.Equal(LoadDescription.Describe(LoadDescription.Load(LoadDescription.KubectlDump)), LoadDescription.Describe(whole));
        Assert.Equal(LoadDescription.Describe(LoadDescription.Load(cut)), LoadDescription.Describe(broken));
        Assert.Equal(
            $"{cut}: document 1: .: the JSON is malformed at line 1648, column 20: expected depth to be zero at the end of the JSON payload. "
            + "There is an open JSON object or array that should be closed; expected valid JSON; the documents before this point were read",
            Assert.Single(broken.Diagnostics).ToString());
    }

    [Fact]
    public void Should_load_nothing_from_the_file_When_it_turns_out_binary_after_the_first_buffer()
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(LoadDescription.KubectlDump);
        bytes[60_000] = 0;
        var path = folder.WriteBytes("dump.json", bytes);

        var result = LoadDescription.Load(path, bufferSize: 4096);

        Assert.Equal(
            $"{path}: document 1: .: the file is binary, not text (byte 0x00 at offset 60000); expected a YAML or JSON text file",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Equal(DiagnosticSeverity.Fatal, result.Diagnostics[0].Severity);
        Assert.Empty(result.Snapshot.Pods);
        Assert.Empty(result.Snapshot.Namespaces);
    }

    [Fact]
    public void Should_give_items_the_list_kind_When_a_typed_list_names_its_kind_after_its_items()
    {
        var result = ManifestLoader.LoadText("pods.json", """
            {"apiVersion": "v1", "items": [{"metadata": {"name": "a", "namespace": "x"}}, {"metadata": {"name": "b", "namespace": "x"}}], "kind": "PodList"}
            """, new LoadOptions());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["x/a", "x/b"], result.Snapshot.Pods.Select(p => p.ToString()));
    }

    [Fact]
    public void Should_read_the_object_as_one_document_When_its_kind_after_the_items_is_not_a_list_kind()
    {
        // The items streamed before the kind was known are taken back: the object is a Pod.
        var result = ManifestLoader.LoadText("odd.json", """
            {"items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "inner", "namespace": "x"}}],
             "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "outer", "namespace": "x"}}
            """, new LoadOptions());

        Assert.Empty(result.Diagnostics);
        Assert.Equal("x/outer", Assert.Single(result.Snapshot.Pods).ToString());
    }
}
