using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace MetaFence.Sources.Live;

/// <summary>
/// Lists one resource across all namespaces in pages (<c>limit</c>, <c>continue</c>). A 410 Gone
/// (the continue token expired) restarts the list once from the start, as kubectl does; a second
/// one fails the run. 403 is a refusal (recorded, not fatal); 404 means the resource vanished
/// since discovery; 401 and everything else that is not success end the run (exit 3).
/// </summary>
internal sealed class ResourceLister(ApiRequester api, int pageSize, Action<LiveResource, int> itemsRead)
{
    public async Task<ResourceListing> ListAsync(LiveResource resource, CancellationToken cancellationToken) =>
        await TryListAsync(resource, mayRestart: true, cancellationToken).ConfigureAwait(false)
        ?? await TryListAsync(resource, mayRestart: false, cancellationToken).ConfigureAwait(false)
        ?? throw new UnreachableException("a list that may not restart never asks to");

    /// <summary>The listing, or null when the continue token expired and <paramref name="mayRestart"/> allows starting again.</summary>
    private async Task<ResourceListing?> TryListAsync(LiveResource resource, bool mayRestart, CancellationToken cancellationToken)
    {
        var pages = new List<byte[]>();
        var items = 0;
        string? next = null;
        do
        {
            var doing = string.Create(CultureInfo.InvariantCulture, $"listing {resource.Name} (page {pages.Count + 1})");
            var response = await api.GetAsync(PagePath(resource, next), doing, cancellationToken).ConfigureAwait(false);
            switch (response.Status)
            {
                case HttpStatusCode.Forbidden:
                    itemsRead(resource, -items);
                    return new ResourceListing(resource, [], response.Reason(), Vanished: false);
                case HttpStatusCode.NotFound:
                    itemsRead(resource, -items);
                    return new ResourceListing(resource, [], null, Vanished: true);
                case HttpStatusCode.Gone when next is not null && mayRestart:
                    itemsRead(resource, -items);
                    return null;
                case HttpStatusCode.Gone:
                    throw new ClusterUnreachableException(
                        api.Cluster,
                        $"the list of {resource.Name} expired twice while paging (410 Gone: the continue token outlived the server's history)",
                        "run again; on a cluster that changes this fast, try a quieter moment");
                case var status when (int)status is < 200 or >= 300:
                    throw ClusterErrors.ForStatus((int)status, api.Cluster, doing);
            }

            var (count, token) = Read(response.Body, api.Cluster, doing);
            pages.Add(response.Body);
            items += count;
            itemsRead(resource, count);
            next = token;
        }
        while (next is not null);

        return new ResourceListing(resource, [.. pages], null, Vanished: false) { Items = items };
    }

    private string PagePath(LiveResource resource, string? next) => next is null
        ? string.Create(CultureInfo.InvariantCulture, $"{resource.ListPath}?limit={pageSize}")
        : string.Create(CultureInfo.InvariantCulture, $"{resource.ListPath}?limit={pageSize}&continue={Uri.EscapeDataString(next)}");

    /// <summary>How many items the page holds and its continue token (null on the last page).</summary>
    private static (int Count, string? Continue) Read(byte[] body, string cluster, string doing)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var count = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
                ? items.GetArrayLength() : 0;
            var token = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("continue", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            return (count, string.IsNullOrEmpty(token) ? null : token);
        }
        catch (JsonException e)
        {
            throw new ClusterUnreachableException(cluster, $"the answer to {doing} is not JSON ({e.Message.TrimEnd('.')})", "check that the server address is a Kubernetes API server", e);
        }
    }
}
