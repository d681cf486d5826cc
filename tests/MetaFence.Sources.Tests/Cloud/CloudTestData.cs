using System.Runtime.CompilerServices;
using System.Text;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary>The hand-written exports under <c>testdata/cloud/</c> (repository root), found from this source file.</summary>
internal static class CloudTestData
{
    public static string Folder { get; } = Locate();

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>The export as a stream, so diagnostics carry the short name instead of the machine's path.</summary>
    public static MemoryStream Open(string name) => new(File.ReadAllBytes(Path(name)));

    public static MemoryStream Text(string json) => new(Encoding.UTF8.GetBytes(json));

    private static string Locate([CallerFilePath] string file = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file) ?? ".", "..", "..", "..", "testdata", "cloud"));
}
