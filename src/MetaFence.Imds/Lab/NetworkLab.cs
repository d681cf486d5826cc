using System.Globalization;
using System.Text.Json;
using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Imds.Lab;

/// <summary>
/// Four network namespaces made for one lab and always deleted: <c>pod</c> —veth— <c>node</c>
/// (forwarding on: the router) —veth— <c>imds</c>, which owns 169.254.169.254 and fd00:ec2::254,
/// and <c>node</c> —veth— <c>host</c>, an ordinary destination behind the node. No namespace has
/// any other interface and no route leads anywhere else; <see cref="LabIsolation"/> proves it
/// before anything may be sent. Needs root and iproute2. Used by the lab tests and <c>metafence lab</c>.
/// </summary>
public sealed partial class NetworkLab : IDisposable
{
    /// <summary>Every lab namespace starts with it; <c>{Prefix}{pid}-{n}</c> finds labs of dead processes.</summary>
    public const string Prefix = "mflab-";
    private static int _sequence;

    private readonly List<EmulatorProcess> _processes = [];
    private readonly string[] _metafence;

    private NetworkLab(string name, string[] metafence)
    {
        Pod = name + "-pod";
        Node = name + "-node";
        Imds = name + "-imds";
        Host = name + "-host";
        _metafence = metafence;
    }

    public string Pod { get; }

    public string Node { get; }

    public string Imds { get; }

    /// <summary>The second test host: ordinary forwarded traffic goes there.</summary>
    public string Host { get; }

    public IReadOnlyList<string> Namespaces => [Pod, Node, Imds, Host];

    /// <summary>
    /// Builds and verifies a fresh lab; on any failure removes what was made and throws <see cref="LabException"/>.
    /// <paramref name="metafence"/> is the command that runs metafence (e.g. dotnet and metafence.dll), for the emulator and the probe.
    /// </summary>
    public static NetworkLab Create(IReadOnlyList<string> metafence)
    {
        ArgumentNullException.ThrowIfNull(metafence);
        Preconditions();
        RemoveStaleLabs();
        var lab = new NetworkLab(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}"), [.. metafence]);
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
        var result = LabShell.Run("ip", arguments);
        return result.ExitCode == 0 ? result.Output : throw new LabException($"ip {string.Join(" ", arguments)} failed: {result.Error.Trim()}");
    }

    /// <summary>Runs <paramref name="command"/> inside namespace <paramref name="ns"/>.</summary>
    public static LabShell.Result Exec(string ns, string[] command, string? stdin = null) =>
        LabShell.Run("ip", ["netns", "exec", ns, .. command], stdin);

    /// <summary>Starts <c>metafence imds serve</c> in the imds namespace on both metadata addresses; stopped with the lab.</summary>
    public EmulatorProcess StartEmulator(params string[] arguments) =>
        Track(EmulatorProcess.Start(Imds, [
            .. _metafence, "imds", "serve", "--provider", "aws",
            "--listen", $"{MetadataV4}:80", "--listen", $"[{MetadataV6}]:80", .. arguments]));

    /// <summary>
    /// The emulator again, as a plain HTTP server on the host namespace's addresses: the "ordinary
    /// egress" destination (its answers are fake metadata, but only reachability is asked of it).
    /// </summary>
    public EmulatorProcess StartHostServer() =>
        Track(EmulatorProcess.Start(Host, [
            .. _metafence, "imds", "serve", "--provider", "aws", "--listen", $"{HostV4}:80", "--listen", $"[{HostV6}]:80"]));

    /// <summary>
    /// <c>metafence probe</c> inside <paramref name="ns"/>: by default against the metadata addresses,
    /// otherwise with <paramref name="selection"/> (e.g. <c>--endpoint-override</c> and <c>--target</c>); its JSON lines.
    /// </summary>
    public IReadOnlyList<JsonElement> Probe(string ns, params string[] selection)
    {
        var result = Exec(ns, [.. _metafence, "probe", .. ProbeArguments(selection)]);
        return result.ExitCode == 0 ? Lines(result.Output) : throw new LabException($"probe in {ns} failed: {result}");
    }

    /// <summary>The same checks as the generated sh + curl script, run by sh inside <paramref name="ns"/>.</summary>
    public IReadOnlyList<JsonElement> ProbeWithScript(string ns)
    {
        var script = LabShell.Run(_metafence[0], [.. _metafence[1..], "probe", "--print-script", .. ProbeArguments([])]);
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

        // Deleting a namespace also deletes its veth ends (and its iptables rules); a test checks that nothing is left.
        foreach (var ns in Namespaces)
        {
            LabShell.Run("ip", ["netns", "delete", ns]);
        }
    }

    private EmulatorProcess Track(EmulatorProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private static string[] ProbeArguments(string[] selection) =>
    [
        "--provider", "aws", .. (selection.Length == 0 ? ["--target", MetadataV4, "--target", MetadataV6] : selection),
        "--dns-name", "none", "--egress", "none", "--timeout", "2",
    ];

    private static IReadOnlyList<JsonElement> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    private static void Preconditions()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw new LabException("the lab needs root to create network namespaces (CI runs as root): run it as root, "
                + "after scripts/setup has installed iproute2, iptables and curl");
        }

        if (!LabShell.Has("ip") || !LabShell.Has("curl"))
        {
            throw new LabException("the lab needs ip (iproute2) and curl: run scripts/setup");
        }
    }

    /// <summary>Deletes labs whose process is gone (a crash before Dispose), never another live run's.</summary>
    private static void RemoveStaleLabs()
    {
        foreach (var name in Ip("netns", "list").Split('\n').Select(l => l.Split(' ')[0]).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var pid = name[Prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !Directory.Exists($"/proc/{id}"))
            {
                LabShell.Run("ip", ["netns", "delete", name]);
            }
        }
    }
}
