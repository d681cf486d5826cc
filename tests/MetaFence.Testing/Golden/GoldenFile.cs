using System.Globalization;
using System.Runtime.CompilerServices;
using Xunit;

namespace MetaFence.Testing.Golden;

/// <summary>
/// Golden-file assertions (STYLE §6): <c>tests/&lt;Project&gt;/Golden/&lt;area&gt;/&lt;case&gt;.&lt;ext&gt;</c>, exact
/// comparison with CRLF normalised. On a mismatch <c>&lt;case&gt;.actual.&lt;ext&gt;</c> is written next to
/// the golden (git-ignored) and the first differing line is shown; <c>METAFENCE_UPDATE_GOLDEN=1</c>
/// rewrites the golden instead. The folder is found from the calling test's source file.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "METAFENCE_UPDATE_GOLDEN";

    /// <summary>Asserts <paramref name="actual"/> equals <c>Golden/<paramref name="area"/>/<paramref name="name"/>.<paramref name="extension"/></c>.</summary>
    public static void Verify(string actual, string area, string name, string extension, [CallerFilePath] string callerFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var folder = Path.Combine(ProjectDirectory(callerFile), "Golden", area);
        var goldenPath = Path.Combine(folder, $"{name}.{extension}");
        var actualPath = Path.Combine(folder, $"{name}.actual.{extension}");
        var normalised = Normalise(actual);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(goldenPath, normalised);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(goldenPath) ? Normalise(File.ReadAllText(goldenPath)) : null;
        if (string.Equals(expected, normalised, StringComparison.Ordinal))
        {
            File.Delete(actualPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(actualPath, normalised);
        var relative = Path.Combine("Golden", area, $"{name}.{extension}");
        var reason = expected is null ? $"{relative} does not exist" : $"{relative} differs: {FirstDifference(expected, normalised)}";
        Assert.Fail($"{reason}\nwrote {actualPath}\nreview it, then run {UpdateVariable}=1 dotnet test to accept");
    }

    /// <summary>CRLF and lone CR become LF; nothing else changes.</summary>
    public static string Normalise(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return string.Create(CultureInfo.InvariantCulture, $"line {i + 1}\nexpected: {left}\nactual:   {right}");
            }
        }

        return "no line differs (whitespace at the end?)";
    }

    /// <summary>The nearest folder above the calling source file that holds a project file.</summary>
    private static string ProjectDirectory(string callerFile)
    {
        var directory = Path.GetDirectoryName(callerFile);
        while (directory is not null)
        {
            if (Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                return directory;
            }

            directory = Path.GetDirectoryName(directory);
        }

        throw new InvalidOperationException(
            $"no project folder above {callerFile}: golden files are found from the test's source path, so build from source without path mapping");
    }
}
