namespace MetaFence.Testing.FakeApi;

/// <summary>Serves one routed, authorised resource request by its verb.</summary>
internal sealed class Resources(FakeApiServer server)
{
    private readonly Lists _lists = new(server);
    private readonly Watches _watches = new(server);
    private readonly Writes _writes = new(server.Cluster);
    private readonly Apply _apply = new(server.Cluster);

    public Task ServeAsync(ApiRequest request) => request.Verb switch
    {
        "get" when request.Subresource == "log" => LogAsync(request),
        "get" => GetAsync(request),
        "list" => _lists.ListAsync(request),
        "watch" => _watches.WatchAsync(request),
        "create" => _writes.CreateAsync(request),
        "update" => _writes.ReplaceAsync(request),
        "patch" when ContentType(request) == "application/apply-patch+yaml" => _apply.ApplyAsync(request),
        "patch" when ContentType(request) is "application/merge-patch+json" or "application/strategic-merge-patch+json" => _writes.MergePatchAsync(request),
        "patch" => throw new ApiError(415, "UnsupportedMediaType", $"the server does not support the patch type {ContentType(request)} in this fake"),
        "delete" => _writes.DeleteAsync(request),
        "deletecollection" => _writes.DeleteCollectionAsync(request),
        _ => throw new ApiError(405, "MethodNotAllowed", $"the server does not allow this method on the requested resource"),
    };

    private static string ContentType(ApiRequest request) =>
        (request.Context.Request.ContentType ?? "").Split(';')[0].Trim();

    /// <summary>GET one object; a scripted pod then moves one step on.</summary>
    private async Task GetAsync(ApiRequest request)
    {
        var value = server.Cluster.Read(request.Type, request.Namespace, request.Name ?? "")
            ?? throw ApiError.NotFound(request.Type, request.Name ?? "");
        await Responses.WriteJsonAsync(request.Context, 200, value);
        server.Cluster.Advance(request.Type, value);
    }

    /// <summary>pods/{name}/log as text/plain (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#get-read-log-of-the-specified-pod).</summary>
    private async Task LogAsync(ApiRequest request)
    {
        var name = request.Name ?? "";
        _ = server.Cluster.Read(request.Type, request.Namespace, name) ?? throw ApiError.NotFound(request.Type, name);
        await Responses.WriteTextAsync(request.Context, server.Cluster.Logs(request.Namespace ?? "", name, request.Query("container")));
    }
}
