using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;
using Xunit;

namespace MetaFence.Testing.Loading;

/// <summary>
/// Tiny worlds from inline YAML, loaded through the real file loader:
/// <c>Yaml.Load("""apiVersion: v1 ...""")</c>. Objects without a namespace land in <c>default</c>.
/// </summary>
public static class Yaml
{
    /// <summary>The file name diagnostics and locations use.</summary>
    public const string FileName = "test.yaml";

    /// <summary>The snapshot of <paramref name="yaml"/>; fails the test when any document could not be read.</summary>
    public static ClusterSnapshot Load(string yaml)
    {
        var result = Read(yaml);
        if (result.HasErrors)
        {
            var errors = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Error);
            Assert.Fail("The test YAML did not load:\n" + string.Join("\n", errors));
        }

        return result.Snapshot;
    }

    /// <summary>The full result, diagnostics included, for tests about loading itself.</summary>
    public static LoadResult Read(string yaml, string fileName = FileName, string defaultNamespace = "default") =>
        ManifestLoader.LoadText(fileName, yaml, new LoadOptions(defaultNamespace));
}
