using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// WATCH (<c>?watch=1</c>), https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes:
/// newline-delimited <c>{"type":…,"object":…}</c> events on a chunked response. Without a resourceVersion (or with
/// "0", or with sendInitialEvents) the watch starts with ADDED for every current object; with one it replays the
/// change log after it, or sends an ERROR event with a 410 Status when the log was compacted past it. With
/// <c>allowWatchBookmarks</c> a BOOKMARK follows the initial events and every <see cref="FakeCluster.Bookmark"/>.
/// Ends when the client disconnects or the server stops.
/// </summary>
internal sealed class Watches(FakeApiServer server)
{
    public async Task WatchAsync(ApiRequest request)
    {
        var cluster = server.Cluster;
        var selector = Selector.Parse(request.Query("labelSelector"), request.Query("fieldSelector"));
        var bookmarks = request.Flag("allowWatchBookmarks");
        var sendInitial = request.Flag("sendInitialEvents");
        var requested = request.Query("resourceVersion");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(request.Context.RequestAborted, server.Stopping);
        var token = stop.Token;

        var response = request.Context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json";
        await response.StartAsync(token);

        long cursor;
        long sequence;
        if (string.IsNullOrEmpty(requested) || requested == "0" || sendInitial)
        {
            (var snapshot, sequence) = cluster.SnapshotAt(request.Type);
            foreach (var item in snapshot.Items.Where(i => InScope(request, selector, i)))
            {
                await SendAsync(request, "ADDED", item, token);
            }

            cursor = snapshot.ResourceVersion;
        }
        else
        {
            cursor = long.Parse(requested, NumberStyles.None, CultureInfo.InvariantCulture);
            sequence = 0;
        }

        var startSequence = cluster.Sequence;
        var first = true;
        while (!token.IsCancellationRequested)
        {
            var events = cluster.EventsAfter(sequence, cursor, out var changed);
            if (events is null)
            {
                await SendAsync(request, "ERROR", TooOld(cursor, cluster.OldestWatchable), token);
                return;
            }

            foreach (var e in events)
            {
                sequence = e.Sequence;
                if (e.Type == "BOOKMARK")
                {
                    if (bookmarks && e.Sequence > startSequence)
                    {
                        await SendAsync(request, "BOOKMARK", Bookmark(request.Type, e.ResourceVersion, false), token);
                    }
                }
                else if (e.ResourceVersion > cursor)
                {
                    cursor = e.ResourceVersion;
                    if (e.Resource == request.Type && e.Object is { } value && InScope(request, selector, value))
                    {
                        await SendAsync(request, e.Type, value, token);
                    }
                }
            }

            if (first && bookmarks)
            {
                await SendAsync(request, "BOOKMARK", Bookmark(request.Type, cursor, sendInitial), token);
            }

            first = false;
            await changed.WaitAsync(token);
        }
    }

    private static bool InScope(ApiRequest request, Selector selector, JsonObject value) =>
        (request.Namespace is null || ObjectMeta.Namespace(value) == request.Namespace) && selector.Matches(value);

    private async Task SendAsync(ApiRequest request, string type, JsonObject value, CancellationToken token)
    {
        var line = new JsonObject { ["type"] = type, ["object"] = value.DeepClone() }.ToJsonString() + "\n";
        await request.Context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(line), token);
        await request.Context.Response.Body.FlushAsync(token);
        if (type is "ADDED" or "MODIFIED")
        {
            server.Cluster.Advance(request.Type, value);
        }
    }

    /// <summary>A BOOKMARK object: only kind, apiVersion and resourceVersion (plus the initial-events-end annotation).</summary>
    private static JsonObject Bookmark(ResourceType type, long resourceVersion, bool initialEventsEnd)
    {
        var metadata = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (initialEventsEnd)
        {
            metadata["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" };
        }

        return new JsonObject { ["kind"] = type.Kind, ["apiVersion"] = type.ApiVersion, ["metadata"] = metadata };
    }

    /// <summary>The Status of an ERROR event for a compacted resourceVersion: <c>too old resource version: 5 (1005)</c>.</summary>
    private static JsonObject TooOld(long requested, long oldest) =>
        new ApiError(410, "Expired", $"too old resource version: {requested} ({oldest})").ToStatus();
}
