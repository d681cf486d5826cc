using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>Pods created through the API follow their <see cref="PodScript"/>: one step per read, logs once started.</summary>
public sealed class ClientPodTests
{
    /// <summary>A script, and the phase and container exit code each of four reads sees (creation itself answers the first step).</summary>
    public sealed record ScriptRow(string Script, string[] Phases, int? ExitCode);

    public static readonly TheoryData<ScriptRow> Scripts = new()
    {
        new ScriptRow("succeeds", ["Pending", "Running", "Succeeded", "Succeeded"], 0),
        new ScriptRow("fails", ["Pending", "Running", "Failed", "Failed"], 1),
        new ScriptRow("crashes", ["Pending", "Running", "Failed", "Failed"], 139),
        new ScriptRow("hangs", ["Pending", "Running", "Running", "Running"], null),
        new ScriptRow("never-scheduled", ["Pending", "Pending", "Pending", "Pending"], null),
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Should_move_one_step_per_read_When_a_created_pod_follows_a_script(ScriptRow row)
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.OnPodCreated = _ => Script(row.Script);
        using var client = new Kubernetes(server.ClientConfiguration());

        var created = await client.CoreV1.CreateNamespacedPodAsync(Probe(), "x");
        var reads = new List<V1Pod>();
        for (var i = 0; i < 4; i++)
        {
            reads.Add(await client.CoreV1.ReadNamespacedPodAsync(created.Metadata.Name, "x"));
        }

        Assert.Equal("Pending", created.Status.Phase);
        Assert.Equal(row.Phases, reads.Select(p => p.Status.Phase));
        Assert.Equal(row.ExitCode, reads[^1].Status.ContainerStatuses[0].State.Terminated?.ExitCode);
    }

    [Fact]
    public async Task Should_serve_the_scripts_log_When_the_container_has_started()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.OnPodCreated = _ => PodScript.Succeeds("metadata blocked\n");
        using var client = new Kubernetes(server.ClientConfiguration());
        var created = await client.CoreV1.CreateNamespacedPodAsync(Probe(), "x");

        var waiting = await Assert.ThrowsAsync<HttpOperationException>(() => client.CoreV1.ReadNamespacedPodLogAsync(created.Metadata.Name, "x"));
        await client.CoreV1.ReadNamespacedPodAsync(created.Metadata.Name, "x");
        await using var log = await client.CoreV1.ReadNamespacedPodLogAsync(created.Metadata.Name, "x");
        using var reader = new StreamReader(log);

        ClientWriteTests.AssertStatus(waiting, HttpStatusCode.BadRequest, "BadRequest",
            $"container \"probe\" in pod \"{created.Metadata.Name}\" is waiting to start: ContainerCreating");
        Assert.Equal("metadata blocked\n", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Should_stream_every_phase_When_watching_a_scripted_pod()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.OnPodCreated = _ => PodScript.Succeeds("");
        using var client = new Kubernetes(server.ClientConfiguration());
        var created = await client.CoreV1.CreateNamespacedPodAsync(Probe(), "x");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var phases = new List<string>();

        await foreach (var (_, pod) in client.CoreV1.WatchListNamespacedPodAsync("x", fieldSelector: $"metadata.name={created.Metadata.Name}", cancellationToken: timeout.Token))
        {
            phases.Add(pod.Status.Phase);
            if (pod.Status.Phase is "Succeeded" or "Failed")
            {
                break;
            }
        }

        Assert.Equal(["Pending", "Running", "Succeeded"], phases);
    }

    [Fact]
    public async Task Should_name_pods_from_generate_name_When_creating_without_a_name()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());

        var first = await client.CoreV1.CreateNamespacedPodAsync(Probe(), "x");
        var second = await client.CoreV1.CreateNamespacedPodAsync(Probe(), "x");

        Assert.StartsWith("metafence-probe-", first.Metadata.Name, StringComparison.Ordinal);
        Assert.Equal(21, first.Metadata.Name.Length);
        Assert.NotEqual(first.Metadata.Name, second.Metadata.Name);
    }

    private static PodScript Script(string name) => name switch
    {
        "succeeds" => PodScript.Succeeds("ok"),
        "fails" => PodScript.Fails("reached 169.254.169.254"),
        "crashes" => PodScript.Crashes("segfault"),
        "hangs" => PodScript.Hangs(),
        "never-scheduled" => PodScript.NeverScheduled(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static V1Pod Probe() => new()
    {
        Metadata = new V1ObjectMeta { GenerateName = "metafence-probe-", Labels = new Dictionary<string, string> { ["app.kubernetes.io/managed-by"] = "metafence" } },
        Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [new V1Container { Name = "probe", Image = "busybox" }] },
    };
}
