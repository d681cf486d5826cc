using MetaFence.Sources.Live;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.Live;

/// <summary>
/// Issue 6 point 2, "concurrent but bounded": the reader lists several resources at once, never
/// more than <see cref="LiveReadOptions.Concurrency"/>. The bound is checked from the progress
/// events, which a list sends only while it holds its place; that lists really overlap is checked
/// by holding the first list request on the server until a second one arrives.
/// </summary>
public sealed class LiveConcurrencyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Should_list_at_most_the_chosen_number_of_resources_at_once_When_reading_a_cluster(int concurrency)
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(LiveCluster.Pods(60, namespaces: 3));
        // One list at a time cannot overlap: holding it would only wait out the safety net.
        var overlap = concurrency > 1 ? HoldFirstListUntilAnotherArrives(server) : null;
        var active = new HashSet<LiveResource>();
        var most = 0;
        var gate = new Lock();
        var options = LiveCluster.Options(pageSize: 10) with
        {
            Concurrency = concurrency,
            Progress = progress =>
            {
                lock (gate)
                {
                    _ = progress.State == LiveProgressState.Listing ? active.Add(progress.Resource) : active.Remove(progress.Resource);
                    most = Math.Max(most, active.Count);
                }
            },
        };

        var result = await LiveCluster.ReadAsync(server, options: options);

        Assert.Equal(60, result.Load.Snapshot.Pods.Count(p => !p.IsTemplate));
        Assert.InRange(most, 1, concurrency);
        if (overlap is not null)
        {
            Assert.True(overlap.Task.IsCompleted, "the first list request never reached the server");
            Assert.True(await overlap.Task, "the lists ran one after another: no second list arrived while the first was held");
        }
    }

    /// <summary>
    /// Holds the first list request until a second list request reaches the server (true) or 10 s
    /// pass (false: the lists ran one after another). The wait is only a safety net: with overlapping
    /// lists the second request releases the first at once.
    /// </summary>
    private static TaskCompletionSource<bool> HoldFirstListUntilAnotherArrives(FakeApiServer server)
    {
        var overlapped = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lists = 0;
        server.BeforeAnswer = async request =>
        {
            if (request.Method != "GET" || request.QueryValue("limit") is null)
            {
                return;
            }

            if (Interlocked.Increment(ref lists) == 1)
            {
                var arrived = await Task.WhenAny(second.Task, Task.Delay(TimeSpan.FromSeconds(10))) == second.Task;
                overlapped.TrySetResult(arrived);
            }
            else
            {
                second.TrySetResult();
            }
        };
        return overlapped;
    }
}
