using System.Text.Json;
using MetaFence.Imds.Emulator;
using MetaFence.Imds.Net;
using MetaFence.Imds.Lab;
using MetaFence.Imds.Probe;
using MetaFence.Imds.Tests.Support;

namespace MetaFence.Imds.Tests.Probe;

/// <summary>The generated sh + curl script against the same loopback services as the built-in prober.</summary>
public sealed class ProbeScriptTests
{
    [Fact]
    public async Task Should_print_what_the_builtin_probe_prints_When_the_services_answer()
    {
        await using var optional = new EmulatorOnLoopback(new EmulatorOptions());
        await using var required = new EmulatorOnLoopback(new EmulatorOptions { Imdsv2 = TokenRequirement.Required });
        await using var gcp = new EmulatorOnLoopback(new EmulatorOptions { Provider = CloudProvider.Gcp });
        await using var azure = new EmulatorOnLoopback(new EmulatorOptions { Provider = CloudProvider.Azure });
        var checks = LoopbackProbe.Checks("aws", [("aws-imds", optional.Port)], new HostPort("127.0.0.1", required.Port))
            .Concat(LoopbackProbe.Checks("aws", [("aws-imds", required.Port)]))
            .Concat(LoopbackProbe.Checks("gcp", [("gcp-metadata", gcp.Port)]))
            .Concat(LoopbackProbe.Checks("azure", [("azure-imds", azure.Port)]))
            .ToList();

        await AssertSameAsync(checks, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Should_print_what_the_builtin_probe_prints_When_the_services_refuse_or_stay_silent()
    {
        using var silent = new SilentListener();
        var checks = LoopbackProbe.Checks("aws", [("aws-imds", SilentListener.ClosedPort())], new HostPort("127.0.0.1", SilentListener.ClosedPort()))
            .Concat(LoopbackProbe.Checks("aws", [("aws-imds", silent.Port)]))
            .ToList();

        await AssertSameAsync(checks, TimeSpan.FromSeconds(0.5));
    }

    private static async Task AssertSameAsync(List<ProbeCheck> checks, TimeSpan timeout)
    {
        Assert.True(LabShell.Has("curl"), "the script test needs curl: run scripts/setup (it installs curl)");
        var builtin = new List<string>();
        await foreach (var result in new Prober(timeout, TimeProvider.System).RunAsync(checks, CancellationToken.None))
        {
            builtin.Add(WithoutMs(ProbeJson.Line(result)));
        }

        var script = LabShell.Run("sh", ["-s"], ProbeScript.Render(checks, timeout));

        Assert.True(script.ExitCode == 0, script.ToString());
        Assert.Equal(string.Join("\n", builtin), string.Join("\n", script.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(WithoutMs)));
    }

    /// <summary>The line without its <c>ms</c>, after checking that it is valid JSON with an integer ms.</summary>
    private static string WithoutMs(string line)
    {
        using var json = JsonDocument.Parse(line);
        Assert.True(json.RootElement.GetProperty("ms").TryGetInt64(out _), line);
        return string.Join(", ", json.RootElement.EnumerateObject().Where(p => p.Name != "ms").Select(p => $"{p.Name}={p.Value}"));
    }
}
