using System.Globalization;
using System.Text.Json;
using MetaFence.Cli.Cluster;
using MetaFence.Cli.Commands;
using MetaFence.Cli.Verify;
using MetaFence.Core.Verify;
using MetaFence.Imds.Probe;
using MetaFence.Testing.FakeApi;
using MetaFence.Testing.Loading;
using Spectre.Console.Testing;

namespace MetaFence.Cli.Tests.Live;

/// <summary>
/// A fake cluster for <c>verify</c> and <c>generate --apply</c>: namespaces <c>kube-system</c>, <c>default</c>,
/// <c>shop</c> (a workload <c>web</c>) and <c>open</c>, a kubeconfig for it, and ways to run the commands
/// on a stepping clock with the fixed run id <see cref="RunId"/>.
/// </summary>
internal sealed class LiveCluster : IAsyncDisposable
{
    public const string RunId = "run00001";

    private readonly TempFolder _folder = new();

    private LiveCluster(FakeApiServer server)
    {
        Server = server;
        foreach (var ns in new[] { "kube-system", "default", "shop", "open" })
        {
            server.Cluster.Add($"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels:\n    kubernetes.io/metadata.name: {ns}\n");
        }

        server.Cluster.Add("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web, tier: front}}
                spec: {containers: [{name: web, image: nginx:1.27}]}
            """);
        Kubeconfig = server.WriteKubeconfig(Path.Combine(_folder.Path, "kubeconfig"));
    }

    public FakeApiServer Server { get; }

    public string Kubeconfig { get; }

    public static async Task<LiveCluster> StartAsync() => new(await FakeApiServer.StartAsync());

    /// <summary>The checks a probe pod makes with <c>--provider aws</c> and the default DNS name and egress target.</summary>
    public static VerifyChecks AwsChecks => VerifyChecks.Build(new ProbeSettings { Providers = ["aws"] }, out _);

    /// <summary>Probe log lines: each check with the outcome <paramref name="outcome"/> gives it (null: no line).</summary>
    public static string Lines(Func<VerifyCheck, string?> outcome) => string.Concat(AwsChecks.Checks
        .Select(c => (Check: c, Outcome: outcome(c)))
        .Where(p => p.Outcome is not null)
        .Select(p => JsonSerializer.Serialize(new { check = p.Check.Name, endpoint = p.Check.Endpoint, address = p.Check.Address, port = p.Check.Port, outcome = p.Outcome, detail = Detail(p.Outcome), ms = 12 }) + "\n"));

    /// <summary>Runs <c>verify --kubeconfig … ARGS</c> on a stepping clock; exit code, stdout, stderr.</summary>
    public async Task<(int Exit, string Output, string Error)> VerifyAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var console = new TestConsole().Width(200);
        using var output = new StringWriter { NewLine = "\n" };
        var command = new VerifyCommand(new VerifyEnvironment
        {
            Time = new SteppingClock(),
            NewRunId = () => RunId,
            ReadSnapshot = (connection, token) => LiveSnapshots.ReadAsync(connection, console, token),
        });
        var parse = command.Command.Parse(["--kubeconfig", Kubeconfig, .. args]);
        var exit = await command.HandleAsync(parse, console, output, cancellationToken);
        return ((int)exit, output.ToString(), console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>Runs <c>metafence ARGS --kubeconfig …</c> through the whole CLI; exit code, stdout, stderr.</summary>
    public (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var streams = new TestStreams();
        var exit = streams.Run([.. args, "--kubeconfig", Kubeconfig]);
        return (exit, streams.Output, streams.Error);
    }

    /// <summary>Pods in the fake's store, as namespace/name.</summary>
    public IReadOnlyList<string> Pods() =>
        [.. Server.Cluster.List("v1", "Pod").Select(p => $"{p["metadata"]?["namespace"]}/{p["metadata"]?["name"]}").Order(StringComparer.Ordinal)];

    public static string PodName(string ns) => ProbePods.Name(ns, RunId);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _folder.Dispose();
    }

    private static string Detail(string? outcome) => outcome switch
    {
        "reachable" => "credentials: HTTP 200: role node-role, AccessKeyId ASIAFAKE",
        "timeout" => string.Create(CultureInfo.InvariantCulture, $"no answer to the TCP connect within 2s"),
        _ => string.Empty,
    };
}
