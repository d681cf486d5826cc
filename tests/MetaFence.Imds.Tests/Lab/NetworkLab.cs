using System.Globalization;
using System.Text.Json;
using MetaFence.Imds.Tests.Support;
using static MetaFence.Imds.Tests.Lab.LabAddresses;

namespace MetaFence.Imds.Tests.Lab;

/// <summary>
/// Three network namespaces made for one test and always deleted: <c>pod</c> —veth— <c>node</c>
/// (forwarding on: the router) —veth— <c>imds</c>, which owns 169.254.169.254 and fd00:ec2::254.
/// No namespace has any other interface and no route leads anywhere else; <see cref="LabIsolation"/>
/// proves it before the test may send anything. Needs root and iproute2 (scripts/setup); without
/// them the test fails, saying so (CI runs as root).
/// </summary>
internal sealed partial class NetworkLab : IDisposable
{
    private const string Prefix = "mflab-";
    private static int _sequence;

    private readonly List<EmulatorProcess> _processes = [];

    private NetworkLab(string name)
    {
        Pod = name + "-pod";
        Node = name + "-node";
        Imds = name + "-imds";
    }

    public string Pod { get; }

    public string Node { get; }

    public string Imds { get; }

    public IReadOnlyList<string> Namespaces => [Pod, Node, Imds];

    /// <summary>Builds and verifies a fresh lab; on any failure removes what was made and throws <see cref="LabException"/>.</summary>
    public static NetworkLab Create()
    {
        Preconditions();
        RemoveStaleLabs();
        var lab = new NetworkLab(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}"));
        try
        {
            lab.Build();
            LabIsolation.Verify(lab);
            return lab;
        }
        catch
        {
            lab.Dispose();
            throw;
        }
    }

    /// <summary><c>ip</c> with the given arguments; throws <see cref="LabException"/> naming the command when it fails.</summary>
    public static string Ip(params string[] arguments)
    {
        var result = Shell.Run("ip", arguments);
        return result.ExitCode == 0 ? result.Output : throw new LabException($"ip {string.Join(" ", arguments)} failed: {result.Error.Trim()}");
    }

    /// <summary>Runs <paramref name="command"/> inside namespace <paramref name="ns"/>.</summary>
    public static Shell.Result Exec(string ns, string[] command, string? stdin = null) =>
        Shell.Run("ip", ["netns", "exec", ns, .. command], stdin);

    /// <summary>Starts <c>metafence imds serve</c> in the imds namespace on both metadata addresses; stopped with the lab.</summary>
    public EmulatorProcess StartEmulator(params string[] arguments)
    {
        var process = EmulatorProcess.Start(Imds, [
            .. Metafence(), "imds", "serve", "--provider", "aws",
            "--listen", $"{MetadataV4}:80", "--listen", $"[{MetadataV6}]:80", .. arguments]);
        _processes.Add(process);
        return process;
    }

    /// <summary><c>metafence probe</c> inside <paramref name="ns"/>, against the metadata addresses only; its JSON lines.</summary>
    public static IReadOnlyList<JsonElement> Probe(string ns)
    {
        var result = Exec(ns, [.. Metafence(), "probe", .. ProbeArguments]);
        return result.ExitCode == 0 ? Lines(result.Output) : throw new LabException($"probe in {ns} failed: {result}");
    }

    /// <summary>The same checks as the generated sh + curl script, run by sh inside <paramref name="ns"/>.</summary>
    public static IReadOnlyList<JsonElement> ProbeWithScript(string ns)
    {
        var script = Shell.Run(Dotnet(), [Path.Combine(AppContext.BaseDirectory, "metafence.dll"), "probe", "--print-script", .. ProbeArguments]);
        if (script.ExitCode != 0)
        {
            throw new LabException($"probe --print-script failed: {script}");
        }

        var result = Exec(ns, ["sh", "-s"], script.Output);
        return result.ExitCode == 0 ? Lines(result.Output) : throw new LabException($"the probe script in {ns} failed: {result}");
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        // Deleting a namespace also deletes its veth ends; a test checks that nothing is left.
        foreach (var ns in Namespaces)
        {
            Shell.Run("ip", ["netns", "delete", ns]);
        }
    }

    private static string[] ProbeArguments =>
        ["--provider", "aws", "--target", MetadataV4, "--target", MetadataV6, "--dns-name", "none", "--egress", "none", "--timeout", "2"];

    private static IReadOnlyList<JsonElement> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    private static string[] Metafence() => [Dotnet(), Path.Combine(AppContext.BaseDirectory, "metafence.dll")];

    /// <summary>The dotnet host running these tests, so the lab runs the same runtime.</summary>
    private static string Dotnet() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static void Preconditions()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw new LabException("the lab tests need root to create network namespaces (CI runs as root): run them as root, "
                + "after scripts/setup has installed iproute2, iptables and curl");
        }

        if (!Shell.Has("ip") || !Shell.Has("curl"))
        {
            throw new LabException("the lab tests need ip (iproute2) and curl: run scripts/setup");
        }

        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "metafence.dll")))
        {
            throw new LabException($"metafence.dll is not in {AppContext.BaseDirectory}: the test project references the CLI, so build it");
        }
    }

    /// <summary>Deletes labs whose test process is gone (a crash before Dispose), never another live run's.</summary>
    private static void RemoveStaleLabs()
    {
        foreach (var name in Ip("netns", "list").Split('\n').Select(l => l.Split(' ')[0]).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var pid = name[Prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !Directory.Exists($"/proc/{id}"))
            {
                Shell.Run("ip", ["netns", "delete", name]);
            }
        }
    }
}
