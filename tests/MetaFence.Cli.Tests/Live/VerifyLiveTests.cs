using System.Text.Json.Nodes;
using MetaFence.Core.Verify;
using MetaFence.Testing.FakeApi;
using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.Live;

public sealed class VerifyLiveTests
{
    private static string Blocked(VerifyCheck check) => check.Purpose == CheckPurpose.CredentialEndpoint ? "timeout" : "reachable";

    private static string Reached(VerifyCheck check) => "reachable";

    [Fact]
    public async Task Should_agree_with_the_engine_and_exit_0_When_the_applied_fence_blocks_every_credential_endpoint()
    {
        // Given shop fenced by generate --apply, and probes that time out on every credential endpoint
        await using var cluster = await LiveCluster.StartAsync();
        Assert.Equal(0, cluster.Run("generate", "--apply", "-n", "shop", "--provider", "aws").Exit);
        cluster.Server.Cluster.OnPodCreated = _ => PodScript.Succeeds(LiveCluster.Lines(Blocked));

        // When
        var (exit, output, error) = await cluster.VerifyAsync(CancellationToken.None, "-n", "shop", "--provider", "aws", "--format", "json");

        // Then every credential row is blocked as predicted, DNS reachable as predicted, and the pod is gone
        Assert.True(exit == 0, error + output);
        var rows = JsonNode.Parse(output)?["namespaces"]?[0]?["checks"]?.AsArray() ?? [];
        Assert.NotEmpty(rows);
        Assert.All(rows.Where(r => r?["wanted"]?.GetValue<string>() == "blocked"), r => Assert.Equal("blocked", r?["predicted"]?.GetValue<string>()));
        Assert.All(rows, r => Assert.True(r?["agrees"]?.GetValue<bool>()));
        Assert.Empty(JsonNode.Parse(output)?["findings"]?.AsArray() ?? []);
        Assert.Empty(cluster.Pods());
    }

    [Fact]
    public async Task Should_report_a_reachable_endpoint_and_a_disagreement_When_a_fenced_namespace_reaches_the_metadata_service()
    {
        // Given shop fenced (predicted blocked) on a cluster whose CNI does not enforce: every check reachable
        await using var cluster = await LiveCluster.StartAsync();
        Assert.Equal(0, cluster.Run("generate", "--apply", "-n", "shop", "--provider", "aws").Exit);
        cluster.Server.Cluster.OnPodCreated = _ => PodScript.Succeeds(LiveCluster.Lines(Reached));

        var json = await cluster.VerifyAsync(CancellationToken.None, "-n", "shop", "--provider", "aws", "--format", "json");
        var junit = await cluster.VerifyAsync(CancellationToken.None, "-n", "shop", "--provider", "aws", "--format", "junit");

        Assert.Equal(1, json.Exit);
        Assert.Contains("\"id\": \"MF101\"", json.Output, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"MF102\"", json.Output, StringComparison.Ordinal);
        GoldenFile.Verify(json.Output, "verify", "reachable", "json");
        GoldenFile.Verify(junit.Output, "verify", "reachable", "xml");
        Assert.Empty(cluster.Pods());
    }

    [Fact]
    public async Task Should_report_probe_failed_after_the_timeout_When_the_probe_pod_hangs()
    {
        await using var cluster = await LiveCluster.StartAsync();
        cluster.Server.Cluster.OnPodCreated = _ => PodScript.Hangs();

        var (exit, output, _) = await cluster.VerifyAsync(CancellationToken.None, "-n", "shop", "--provider", "aws", "--timeout", "30", "--format", "json");

        Assert.Equal(0, exit); // MF104 is medium, below the default --fail-on high
        Assert.Contains("the pod was still Running after 30s (hung)", output, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"MF104\"", output, StringComparison.Ordinal);
        Assert.Empty(cluster.Pods());
    }

    [Fact]
    public async Task Should_report_probe_failed_When_the_probe_pod_crashes()
    {
        await using var cluster = await LiveCluster.StartAsync();
        cluster.Server.Cluster.OnPodCreated = _ => PodScript.Crashes("Segmentation fault\n");

        var (exit, output, _) = await cluster.VerifyAsync(CancellationToken.None, "-n", "shop", "--provider", "aws", "--format", "json", "--fail-on", "medium");

        Assert.Equal(1, exit);
        Assert.Contains("the pod failed (Error, exit code 139): Segmentation fault", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"observed\": \"blocked\"", output, StringComparison.Ordinal);
        Assert.Empty(cluster.Pods());
    }

    [Fact]
    public async Task Should_report_probe_failed_When_the_probe_pod_is_never_scheduled()
    {
        await using var cluster = await LiveCluster.StartAsync();
        cluster.Server.Cluster.OnPodCreated = _ => PodScript.NeverScheduled();

        var (_, output, _) = await cluster.VerifyAsync(CancellationToken.None, "-n", "shop", "--provider", "aws", "--timeout", "10", "--format", "json");

        Assert.Contains("the pod was not scheduled within 10s (Unschedulable)", output, StringComparison.Ordinal);
        Assert.Empty(cluster.Pods());
    }

    [Fact]
    public async Task Should_leave_no_probe_pod_When_the_run_is_cancelled_midway()
    {
        // Given a run cancelled as soon as its first pod exists (Ctrl-C), pods hanging
        await using var cluster = await LiveCluster.StartAsync();
        using var cancel = new CancellationTokenSource();
        cluster.Server.Cluster.OnPodCreated = _ =>
        {
            cancel.Cancel();
            return PodScript.Hangs();
        };

        var (exit, _, error) = await cluster.VerifyAsync(cancel.Token, "--provider", "aws", "--parallel", "1");

        // Then the run says so, and the fake's store holds no pod: deleted by name and by the label sweep
        Assert.Equal(2, exit);
        Assert.Contains("cancelled: the probe pods of this run were removed", error, StringComparison.Ordinal);
        Assert.Empty(cluster.Pods());
        Assert.Contains(cluster.Server.Requests, r => r.Method == "GET" && r.Path == "/api/v1/pods" && r.Query.Contains("metafence.io%2Fprobe%3Drun00001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_probe_every_namespace_but_the_exempt_ones_When_no_namespace_is_given()
    {
        await using var cluster = await LiveCluster.StartAsync();
        var created = new List<string>();
        cluster.Server.Cluster.OnPodCreated = pod =>
        {
            lock (created)
            {
                created.Add($"{pod["metadata"]?["namespace"]}/{pod["metadata"]?["name"]}");
            }

            return PodScript.Succeeds(LiveCluster.Lines(Blocked));
        };

        var (_, output, _) = await cluster.VerifyAsync(CancellationToken.None, "--provider", "aws");

        Assert.Equal(["default/" + LiveCluster.PodName("default"), "open/" + LiveCluster.PodName("open"), "shop/" + LiveCluster.PodName("shop")], created.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("kube-system", output, StringComparison.Ordinal);
        Assert.Empty(cluster.Pods());
    }

    [Fact]
    public async Task Should_wear_the_workload_labels_and_satisfy_restricted_When_run_as_a_workload()
    {
        await using var cluster = await LiveCluster.StartAsync();
        JsonObject? created = null;
        cluster.Server.Cluster.OnPodCreated = pod =>
        {
            created = (JsonObject)pod.DeepClone();
            return PodScript.Succeeds(LiveCluster.Lines(Blocked));
        };

        await cluster.VerifyAsync(CancellationToken.None, "--as", "shop/web", "-n", "shop", "--provider", "aws");

        var labels = created?["metadata"]?["labels"]?.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>());
        Assert.Equal("web", labels?["app"]);
        Assert.Equal("front", labels?["tier"]);
        Assert.Equal(LiveCluster.RunId, labels?[ProbePods.RunLabel]);
        Assert.Equal("metafence", labels?[ProbePods.ManagedByLabel]);
        RestrictedPodAssert.Satisfies(created);
    }

    [Fact]
    public async Task Should_exit_3_When_the_cluster_is_unreachable()
    {
        await using var cluster = await LiveCluster.StartAsync();
        cluster.Server.Faults.Unreachable = true;

        var (exit, _, error) = await cluster.VerifyAsync(CancellationToken.None, "-n", "shop");

        Assert.Equal(3, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
