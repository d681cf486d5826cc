using System.Text;
using MetaFence.Core.Findings;
using MetaFence.Sources.Files;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Files;

public class InputProblemTests
{
    /// <summary>A file's bytes and the one diagnostic it must produce (null: loads cleanly).</summary>
    public sealed record Row(string Case, string FileName, byte[] Bytes, DiagnosticSeverity? Severity, string? Message)
    {
        public override string ToString() => Case;
    }

    public static TheoryData<Row> Rows => new()
    {
        new("empty file", "empty.yaml", [], DiagnosticSeverity.Warning, "the file is empty; expected Kubernetes objects in YAML or JSON"),
        new("blank JSON file", "empty.json", "  \n"u8.ToArray(), DiagnosticSeverity.Warning, "the file is empty; expected Kubernetes objects in YAML or JSON"),
        new("comments and empty Helm documents", "chart.yaml", "# rendered\n---\n# Source: chart/templates/a.yaml\n---\n"u8.ToArray(),
            DiagnosticSeverity.Warning, "the file holds only comments and empty documents; expected Kubernetes objects in YAML or JSON"),
        new("binary garbage", "blob.yaml", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00],
            DiagnosticSeverity.Fatal, "the file is binary, not text (byte 0x89 at offset 0); expected a YAML or JSON text file"),
        new("NUL byte in text", "nul.yaml", "kind: Pod\0"u8.ToArray(),
            DiagnosticSeverity.Fatal, "the file is binary, not text (byte 0x00 at offset 9); expected a YAML or JSON text file"),
        new("UTF-16 with byte order mark", "utf16.yaml",
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n")], null, null),
        new("UTF-8 with byte order mark", "bom.yaml",
            [.. Encoding.UTF8.GetPreamble(), .. "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n"u8.ToArray()], null, null),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_report_the_file_When_it_cannot_be_read_as_manifests(Row row)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes(row.FileName, row.Bytes);

        var result = ManifestLoader.Load([path], new LoadOptions());

        if (row.Message is null)
        {
            Assert.Empty(result.Diagnostics);
            Assert.Single(result.Snapshot.Pods);
            return;
        }

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{path}: document 1: .: {row.Message}", diagnostic.ToString());
        Assert.Equal(row.Severity, diagnostic.Severity);
        Assert.Equal(row.Severity >= DiagnosticSeverity.Error, result.HasErrors);
    }

    [Fact]
    public void Should_load_the_other_files_When_one_file_is_binary()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a-blob.yaml", [0xFF, 0xFE, 0x00, 0x00, 0xFF]);
        folder.Write("b-pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n");

        var result = ManifestLoader.Load([folder.Path], new LoadOptions());

        Assert.True(result.HasErrors);
        Assert.Single(result.Snapshot.Pods);
    }
}
