using System.Globalization;
using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// LIST, cluster-wide or in one namespace, with <c>limit</c> and <c>continue</c> as in
/// https://kubernetes.io/docs/reference/using-api/api-concepts/#retrieving-large-results-sets-in-chunks: every page
/// comes from the first page's snapshot (its resourceVersion), <c>remainingItemCount</c> is set unless a selector
/// filters, and an expired token gets 410 Expired with a fresh token that continues inconsistently.
/// </summary>
internal sealed class Lists(FakeApiServer server)
{
    /// <summary>apimachinery's wording for an expired continue token (storage.ErrResourceExpired's callers).</summary>
    public const string ExpiredMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, "
        + "or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an "
        + "inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    public async Task ListAsync(ApiRequest request)
    {
        var selector = Selector.Parse(request.Query("labelSelector"), request.Query("fieldSelector"));
        var limit = Limit(request.Query("limit"));
        var (snapshot, start) = Start(request);
        var inScope = snapshot.Entries.Skip(start).Where(e => request.Namespace is null || e.Key.StartsWith(request.Namespace + "/", StringComparison.Ordinal)).ToList();

        var items = new List<JsonObject>();
        var taken = 0;
        foreach (var (_, value) in inScope)
        {
            if (limit > 0 && items.Count == limit)
            {
                break;
            }

            taken++;
            if (selector.Matches(value))
            {
                items.Add(value);
            }
        }

        var metadata = new JsonObject { ["resourceVersion"] = snapshot.ResourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (taken < inScope.Count)
        {
            metadata["continue"] = server.Tokens.Issue(snapshot, inScope[taken].Key);
            if (selector.IsEmpty)
            {
                metadata["remainingItemCount"] = inScope.Count - taken;
            }
        }

        var body = new JsonObject
        {
            ["kind"] = request.Type.ListKind,
            ["apiVersion"] = request.Type.ApiVersion,
            ["metadata"] = metadata,
            ["items"] = new JsonArray([.. items.Select(i => (JsonNode)ListItem(request.Type, i))]),
        };
        await Responses.WriteJsonAsync(request.Context, 200, body);
        foreach (var item in items)
        {
            server.Cluster.Advance(request.Type, item);
        }
    }

    private int Limit(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
        {
            throw ApiError.BadRequest($"invalid limit: {text}");
        }

        return limit > 0 && server.MaxPageSize > 0 ? Math.Min(limit, server.MaxPageSize) : limit;
    }

    private (ListSnapshot Snapshot, int Start) Start(ApiRequest request)
    {
        if (request.Query("continue") is not { Length: > 0 } token)
        {
            return (server.Cluster.Snapshot(request.Type), 0);
        }

        var (snapshot, startKey) = server.Tokens.Resolve(token);
        if (snapshot is null)
        {
            var fresh = server.Cluster.Snapshot(request.Type);
            throw new ApiError(410, "Expired", ExpiredMessage, continueToken: server.Tokens.Issue(fresh, startKey));
        }

        var start = 0;
        while (start < snapshot.Entries.Count && string.CompareOrdinal(snapshot.Entries[start].Key, startKey) < 0)
        {
            start++;
        }

        return (snapshot, start);
    }

    /// <summary>Typed lists of built-in resources carry no kind and apiVersion on their items; custom resources do.</summary>
    private static JsonObject ListItem(ResourceType type, JsonObject item)
    {
        if (!BuiltIn(type))
        {
            return item;
        }

        item.Remove("kind");
        item.Remove("apiVersion");
        return item;
    }

    private static bool BuiltIn(ResourceType type) =>
        type.Group is "" or "apps" or "batch" or "networking.k8s.io" or "rbac.authorization.k8s.io" or "apiextensions.k8s.io";
}
