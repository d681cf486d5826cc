using System.Diagnostics;

namespace MetaFence.Bench.Measure;

/// <summary>
/// Runs one measurement in a fresh process (this program in a child mode), so each starts with a
/// cold heap and its peak memory is its own. The child's stderr passes through; stdout carries its figures.
/// </summary>
internal static class ChildRunner
{
    public static ChildRun Run(string mode, string path, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.ProcessPath ?? "dotnet",
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildRunner).Assembly.Location);
        }

        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(path);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = child.StandardOutput.ReadToEndAsync();
        if (!child.WaitForExit(timeout))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            return new ChildRun(-1, ChildResult.Parse(string.Empty), TimedOut: true);
        }

        child.WaitForExit();
        return new ChildRun(child.ExitCode, ChildResult.Parse(output.GetAwaiter().GetResult()), TimedOut: false);
    }
}
