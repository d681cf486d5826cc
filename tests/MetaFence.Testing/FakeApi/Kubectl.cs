using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// The real kubectl from the project's setup (<c>.tools/bin/kubectl</c>, installed by scripts/setup; never from
/// PATH), run against a fake server through a kubeconfig written by <see cref="FakeApiServer.WriteKubeconfig"/>.
/// Each run gets its own discovery cache folder.
/// </summary>
public static class Kubectl
{
    /// <summary>Runs kubectl with <c>--kubeconfig <paramref name="kubeconfig"/></c> and <paramref name="args"/>; a minute is the safety net.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string kubeconfig, params string[] args)
    {
        var kubectl = Path.Combine(RepositoryRoot(), ".tools", "bin", "kubectl");
        Assert.True(File.Exists(kubectl), $"kubectl is missing at {kubectl}: run scripts/setup");
        var cache = Directory.CreateTempSubdirectory("metafence-kubectl-cache-");
        try
        {
            var start = new ProcessStartInfo(kubectl)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var arg in (string[])["--kubeconfig", kubeconfig, "--cache-dir", cache.FullName, .. args])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {kubectl}");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
