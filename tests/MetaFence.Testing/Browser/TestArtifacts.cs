using System.Runtime.CompilerServices;

namespace MetaFence.Testing.Browser;

/// <summary>
/// Where tests keep what people look at after a run (screenshots): <c>.artifacts/test-artifacts/</c>
/// at the repository root, git-ignored, kept between runs, overwritten by the next.
/// </summary>
public static class TestArtifacts
{
    /// <summary>The full path for <paramref name="fileName"/>; the folder is created.</summary>
    public static string PathFor(string fileName, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(RepositoryRoot(callerFile), ".artifacts", "test-artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    /// <summary>The nearest folder above <paramref name="callerFile"/> holding <c>MetaFence.slnx</c>.</summary>
    public static string RepositoryRoot([CallerFilePath] string callerFile = "")
    {
        var directory = Path.GetDirectoryName(callerFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "MetaFence.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException(
            $"no MetaFence.slnx above {callerFile}: artifacts are placed from the test's source path, so build from source without path mapping");
    }
}
