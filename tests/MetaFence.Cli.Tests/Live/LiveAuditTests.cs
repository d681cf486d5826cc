using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using MetaFence.Testing.FakeApi;
using MetaFence.Testing.Loading;

namespace MetaFence.Cli.Tests.Live;

/// <summary><c>audit</c> without <c>-f</c> reads a live cluster (here the in-process API double) exactly as it reads files.</summary>
[Trait("Needs", "Engine")]
public sealed class LiveAuditTests : IDisposable
{
    private static readonly string Examples = Path.Combine(RepositoryRoot(), "examples", "cluster");
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Should_give_the_report_of_the_same_objects_as_files_When_auditing_a_live_cluster()
    {
        await using var server = await LiveExample.StartAsync(Examples);
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"));
        using var live = new TestStreams();
        using var files = new TestStreams();

        var liveExit = live.Run("audit", "--kubeconfig", kubeconfig, "--format", "json");
        var filesExit = files.Run("audit", "-f", Examples, "--format", "json");

        Assert.Equal(filesExit, liveExit);
        Assert.Equal(LiveExample.WithoutLocations(files.Output), LiveExample.WithoutLocations(live.Output));
        Assert.Contains($"read: context fake (server {Server(server)}): ", live.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_name_the_cluster_in_the_report_header_When_a_live_audit_is_rendered_as_markdown()
    {
        await using var server = await LiveExample.StartAsync(Examples);
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"));
        using var live = new TestStreams();

        live.Run("audit", "--kubeconfig", kubeconfig, "--format", "markdown");

        Assert.Contains($"context fake (server {Server(server)})", live.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_replay_to_the_same_report_When_auditing_the_saved_snapshot()
    {
        await using var server = await LiveExample.StartAsync(Examples);
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"));
        var dump = Path.Join(_folder.Path, "snapshot.json");
        using var live = new TestStreams();
        using var replay = new TestStreams();

        var liveExit = live.Run("audit", "--kubeconfig", kubeconfig, "--format", "json", "--save-snapshot", dump);
        var replayExit = replay.Run("audit", "-f", dump, "--format", "json");

        Assert.Equal(liveExit, replayExit);
        Assert.Equal(LiveExample.WithoutLocations(live.Output), LiveExample.WithoutLocations(replay.Output));
        Assert.Contains($"wrote: {dump} (snapshot, ", live.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(_folder.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_replay_to_the_same_report_When_the_saved_snapshot_lacks_a_refused_resource()
    {
        // Given an auditor who may not list NetworkPolicies: the replay must not read their absence as "none".
        await using var server = await LiveExample.StartAsync(Examples);
        server.AddUser("auditor", [.. Sources.Live.LiveResources.All.Where(r => r.Resource != "networkpolicies")
            .Select(r => new FakeRbacRule(["get", "list"], r.Group, r.Resource))]);
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"), user: "auditor");
        var dump = Path.Join(_folder.Path, "snapshot.json");
        using var live = new TestStreams();
        using var replay = new TestStreams();

        var liveExit = live.Run("audit", "--kubeconfig", kubeconfig, "--format", "json", "--save-snapshot", dump);
        var replayExit = replay.Run("audit", "-f", dump, "--format", "json");

        Assert.Equal(liveExit, replayExit);
        Assert.Equal(LiveExample.WithoutLocations(live.Output), LiveExample.WithoutLocations(replay.Output));
        Assert.Contains("\"kind\": \"UnreadableResource\"", await File.ReadAllTextAsync(dump), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_3_naming_the_server_When_the_cluster_is_unreachable()
    {
        var server = await FakeApiServer.StartAsync();
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"));
        var address = Server(server);
        await server.DisposeAsync();
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "--kubeconfig", kubeconfig);

        Assert.Equal((int)ExitCodes.Unreachable, exit);
        Assert.Equal(
            $"error: context fake (server {address}): connection refused while reading API discovery (/apis)\n"
            + "hint: check that the API server is running and the address and port in the kubeconfig are right\n",
            streams.Error);
        Assert.Equal(string.Empty, streams.Output);
    }

    [Fact]
    public async Task Should_exit_3_When_the_server_refuses_the_credentials()
    {
        await using var server = await FakeApiServer.StartAsync();
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"), user: "stranger");
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "--kubeconfig", kubeconfig);

        Assert.Equal((int)ExitCodes.Unreachable, exit);
        Assert.StartsWith($"error: context fake (server {Server(server)}): the server refused the credentials while reading API discovery (/apis) (401 Unauthorized)\n", streams.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_warn_what_stays_unknown_When_RBAC_refuses_networkpolicies()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.AddUser("auditor", [.. Sources.Live.LiveResources.All.Where(r => r.Resource != "networkpolicies")
            .Select(r => new FakeRbacRule(["get", "list"], r.Group, r.Resource))]);
        server.Cluster.Add("apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec: {containers: [{name: c, image: nginx}]}\nstatus: {phase: Running}\n");
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"), user: "auditor");
        using var streams = new TestStreams();

        streams.Run("audit", "--kubeconfig", kubeconfig, "--format", "json");

        Assert.Contains(
            $"warning: context fake (server {Server(server)}): cannot list networkpolicies.networking.k8s.io across all namespaces (",
            streams.Error,
            StringComparison.Ordinal);
        Assert.Contains("): every verdict that depends on NetworkPolicy is unknown\n", streams.Error, StringComparison.Ordinal);
        Assert.Contains("; 1 refused\n", streams.Error, StringComparison.Ordinal);

        // Decision 0004: the pod's NetworkPolicies were never seen, so its verdicts are unknown, never blocked.
        var report = JsonNode.Parse(streams.Output) ?? throw new InvalidOperationException("no report");
        Assert.Equal(1, report["summary"]?["unknown"]?.GetValue<int>());
        Assert.Contains("\"status\": \"unknown\"", streams.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\": \"blocked\"", streams.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kubeconfig", "kubeconfig")]
    [InlineData("--context", "prod")]
    [InlineData("--save-snapshot", "out.json")]
    public void Should_exit_2_When_files_and_a_cluster_are_both_asked_for(string option, string value)
    {
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "-f", Examples, option, value);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal($"error: -f with {option}: -f reads files and the other reads a live cluster; expected either -f PATH or the cluster options, not both\n", streams.Error);
    }

    [Fact]
    public void Should_exit_2_When_the_kubeconfig_does_not_exist()
    {
        var missing = Path.Join(_folder.Path, "missing");
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "--kubeconfig", missing);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal($"error: --kubeconfig {missing}: the file does not exist; expected a kubeconfig file (kubectl config view shows yours)\n", streams.Error);
    }

    public void Dispose() => _folder.Dispose();

    private static string Server(FakeApiServer server) => server.Address.AbsoluteUri.TrimEnd('/');

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
