using k8s;
using k8s.Models;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>
/// Watch through the official client: initial events, bookmarks, replay from a resourceVersion, 410 for a compacted
/// one, and a clean end when the server stops. Waits end on events; the timeout only guards against a hang.
/// </summary>
public sealed class ClientWatchTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_stream_added_bookmark_modified_and_deleted_When_objects_change_during_a_watch()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pod("x", "a"));
        using var client = new Kubernetes(server.ClientConfiguration());
        using var timeout = new CancellationTokenSource(SafetyNet);
        var seen = new List<string>();

        await foreach (var (type, pod) in client.CoreV1.WatchListNamespacedPodAsync("x", allowWatchBookmarks: true, cancellationToken: timeout.Token))
        {
            seen.Add($"{type} {pod.Metadata.Name}");
            switch (seen.Count)
            {
                case 2:
                    server.Cluster.Add(FakeObjects.Pod("x", "b"));
                    server.Cluster.Add(FakeObjects.Pod("y", "elsewhere"));
                    server.Cluster.Add(FakeObjects.Pod("x", "a", app: "db"));
                    Assert.True(server.Cluster.Delete("v1", "Pod", "x", "b"));
                    server.Cluster.Bookmark();
                    break;
                case 6:
                    timeout.Cancel();
                    break;
            }

            if (seen.Count == 6)
            {
                break;
            }
        }

        Assert.Equal(["Added a", "Bookmark ", "Added b", "Modified a", "Deleted b", "Bookmark "], seen);
    }

    [Fact]
    public async Task Should_replay_only_later_changes_When_watching_from_a_resource_version()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pod("x", "a"));
        var from = server.Cluster.ResourceVersion;
        server.Cluster.Add(FakeObjects.Pod("x", "b"));
        using var client = new Kubernetes(server.ClientConfiguration());
        using var timeout = new CancellationTokenSource(SafetyNet);

        await using var events = client.CoreV1.WatchListNamespacedPodAsync("x", resourceVersion: from.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken: timeout.Token).GetAsyncEnumerator(timeout.Token);

        Assert.True(await events.MoveNextAsync());
        Assert.Equal((WatchEventType.Added, "b"), (events.Current.Item1, events.Current.Item2.Metadata.Name));
    }

    [Fact]
    public async Task Should_send_an_error_event_with_410_When_the_resource_version_was_compacted()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pod("x", "a"));
        server.Cluster.Compact();
        using var client = new Kubernetes(server.ClientConfiguration());
        using var timeout = new CancellationTokenSource(SafetyNet);

        var errors = new List<Exception>();
        var seen = 0;

        await foreach (var _ in client.CoreV1.WatchListNamespacedPodAsync("x", resourceVersion: "5", onError: errors.Add, cancellationToken: timeout.Token))
        {
            seen++;
        }

        Assert.Equal(0, seen);
        var error = Assert.IsType<KubernetesException>(Assert.Single(errors));
        Assert.Equal((410, "Expired"), (error.Status.Code, error.Status.Reason));
        Assert.StartsWith("too old resource version: 5 (", error.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_end_the_watch_cleanly_When_the_server_is_disposed()
    {
        var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pod("x", "a"));
        using var client = new Kubernetes(server.ClientConfiguration());
        using var timeout = new CancellationTokenSource(SafetyNet);
        var seen = new List<WatchEventType>();

        await foreach (var (type, _) in client.CoreV1.WatchListNamespacedPodAsync("x", cancellationToken: timeout.Token))
        {
            seen.Add(type);
            await server.DisposeAsync();
        }

        Assert.Equal([WatchEventType.Added], seen);
        Assert.False(timeout.IsCancellationRequested);
    }
}
