using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Conversion;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Live;

/// <summary>
/// Reads a cluster into a snapshot: discovery first (which optional policy APIs exist), then a
/// paged list of every resource, a few at a time, then each page through the same loader as a
/// file (<see cref="ObjectDispatcher"/>), so identical objects give identical snapshots. Objects
/// are located as <c>cluster/pods: document 3: items[16]</c> (document = page). RBAC refusals are
/// collected, not fatal; an unreachable or refusing server throws <see cref="ClusterUnreachableException"/>.
/// </summary>
public static class LiveSnapshotReader
{
    /// <summary>The prefix of the file name live objects are located by.</summary>
    public const string SitePrefix = "cluster/";

    public static async Task<LiveReadResult> ReadAsync(ClusterConnection connection, LiveReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        var api = new ApiRequester(connection, options.Wait);
        var optional = await ApiDiscovery.FindAsync(api, cancellationToken).ConfigureAwait(false);
        ImmutableArray<LiveResource> resources = [.. LiveResources.BuiltIn, .. optional];
        var listings = await ListAllAsync(api, resources, options, cancellationToken).ConfigureAwait(false);
        ImmutableArray<LiveRefusal> refused = [.. listings.Where(l => l.RefusedBecause is not null).Select(l => new LiveRefusal(l.Resource, l.RefusedBecause ?? ""))];
        var load = Convert(listings);
        var unreadable = refused.Select(r => new UnreadableResource(r.Resource.UnreadableName, null, r.Reason));
        return new LiveReadResult(
            load with { Snapshot = load.Snapshot with { Unreadable = [.. load.Snapshot.Unreadable, .. unreadable] } },
            [.. listings.Where(l => l.RefusedBecause is null && !l.Vanished).Select(l => l.Resource)],
            refused,
            [.. LiveResources.Optional.Except(resources).Concat(listings.Where(l => l.Vanished).Select(l => l.Resource))])
        {
            Listings = [.. listings],
        };
    }

    /// <summary>Lists every resource, at most <see cref="LiveReadOptions.Concurrency"/> at once; the first failure cancels the rest.</summary>
    private static async Task<ResourceListing[]> ListAllAsync(ApiRequester api, ImmutableArray<LiveResource> resources, LiveReadOptions options, CancellationToken cancellationToken)
    {
        var counts = new ConcurrentDictionary<LiveResource, int>();
        var lister = new ResourceLister(api, options.PageSize, (resource, read) =>
            options.Progress?.Invoke(new LiveProgress(resource, counts.AddOrUpdate(resource, read, (_, sum) => sum + read), LiveProgressState.Listing)));
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(Math.Max(1, options.Concurrency));
        var tasks = resources.Select(async resource =>
        {
            await gate.WaitAsync(failed.Token).ConfigureAwait(false);
            try
            {
                options.Progress?.Invoke(new LiveProgress(resource, 0, LiveProgressState.Listing));
                var listing = await lister.ListAsync(resource, failed.Token).ConfigureAwait(false);
                var state = listing.RefusedBecause is not null ? LiveProgressState.Refused : listing.Vanished ? LiveProgressState.Vanished : LiveProgressState.Done;
                options.Progress?.Invoke(new LiveProgress(resource, listing.Items, state));
                return listing;
            }
            catch
            {
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        try
        {
            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another list failed and cancelled this one: report that failure, not the cancellation.
            throw tasks.Where(t => t.IsFaulted).Select(t => t.Exception?.InnerException).OfType<ClusterUnreachableException>().FirstOrDefault()
                ?? throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>Every page through the file loader's dispatcher, in resource order (so diagnostics come in a stable order).</summary>
    private static LoadResult Convert(IEnumerable<ResourceListing> listings)
    {
        var options = new LoadOptions();
        var diagnostics = new DiagnosticList();
        var snapshot = new SnapshotAccumulator(diagnostics, new LoadJournal());
        var dispatcher = new ObjectDispatcher(options, snapshot, diagnostics);
        foreach (var listing in listings)
        {
            var hint = new ListItemHint(listing.Resource.Kind + "List", listing.Resource.ApiVersion);
            for (var page = 0; page < listing.Pages.Length; page++)
            {
                using var document = JsonDocument.Parse(listing.Pages[page]);
                dispatcher.Accept(document.RootElement, new ObjectSite(SitePrefix + listing.Resource.Name, page + 1, "", NoLines.Instance), hint);
            }
        }

        return new LoadResult(snapshot.Build(), diagnostics.ToImmutable());
    }
}
