using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// create (POST), replace (PUT), merge patch, delete and deletecollection, with the real server's errors:
/// 409 AlreadyExists <c>pods "x" already exists</c>, 404 NotFound <c>pods "x" not found</c>, 409 Conflict on a stale
/// resourceVersion. <c>dryRun=All</c> validates and answers without storing.
/// </summary>
internal sealed class Writes(FakeCluster cluster)
{
    public async Task CreateAsync(ApiRequest request)
    {
        var value = WriteBody.Parse(request);
        var metadata = ObjectMeta.Metadata(value);
        if (ObjectMeta.Name(value).Length == 0 && ObjectMeta.Text(value, "generateName") is { Length: > 0 } prefix)
        {
            metadata["name"] = cluster.GenerateName(prefix);
        }

        var name = ObjectMeta.Name(value);
        if (name.Length == 0)
        {
            throw new ApiError(422, "Invalid", $"{request.Type.Kind} \"\" is invalid: metadata.name: Required value: name or generateName is required");
        }

        metadata.Remove("resourceVersion");
        var owners = new FieldOwnership();
        owners.RecordUpdate(WriteBody.Manager(request), request.Type.ApiVersion, null, value, cluster.Now());
        if (WriteBody.IsDryRun(request))
        {
            _ = cluster.Read(request.Type, request.Namespace, name) is null ? 0 : throw ApiError.AlreadyExists(request.Type, name);
            await Responses.WriteJsonAsync(request.Context, 201, value);
            return;
        }

        if (request.Type is { Group: "", Plural: "pods" })
        {
            cluster.StartScript(value);
        }

        var stored = cluster.TryWrite(request.Type, request.Namespace, name, value, owners, 0) ?? throw ApiError.AlreadyExists(request.Type, name);
        await Responses.WriteJsonAsync(request.Context, 201, stored);
    }

    public Task ReplaceAsync(ApiRequest request) => UpdateAsync(request, (_, body) => body);

    /// <summary>RFC 7386 merge patch; a strategic merge patch is treated the same (lists replaced whole).</summary>
    public Task MergePatchAsync(ApiRequest request) => UpdateAsync(request, (current, patch) => MergePatch.Apply(current, patch));

    public async Task DeleteAsync(ApiRequest request)
    {
        var name = request.Name ?? "";
        var existing = cluster.Read(request.Type, request.Namespace, name) ?? throw ApiError.NotFound(request.Type, name);
        var deleted = WriteBody.IsDryRun(request) ? existing : cluster.Remove(request.Type, request.Namespace, name) ?? throw ApiError.NotFound(request.Type, name);
        var body = request.Type is { Group: "", Plural: "pods" } ? deleted : Responses.Success(request.Type, deleted);
        await Responses.WriteJsonAsync(request.Context, 200, body);
    }

    public async Task DeleteCollectionAsync(ApiRequest request)
    {
        var selector = Selector.Parse(request.Query("labelSelector"), request.Query("fieldSelector"));
        var deleted = new JsonArray();
        foreach (var (_, value) in cluster.Snapshot(request.Type).Entries)
        {
            if ((request.Namespace is null || ObjectMeta.Namespace(value) == request.Namespace) && selector.Matches(value)
                && (WriteBody.IsDryRun(request) ? value : cluster.Remove(request.Type, ObjectMeta.Namespace(value), ObjectMeta.Name(value))) is { } gone)
            {
                deleted.Add(gone);
            }
        }

        var body = new JsonObject
        {
            ["kind"] = request.Type.ListKind,
            ["apiVersion"] = request.Type.ApiVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = cluster.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["items"] = deleted,
        };
        await Responses.WriteJsonAsync(request.Context, 200, body);
    }

    private async Task UpdateAsync(ApiRequest request, Func<JsonObject, JsonObject, JsonObject> change)
    {
        var name = request.Name ?? "";
        var current = cluster.Read(request.Type, request.Namespace, name) ?? throw ApiError.NotFound(request.Type, name);
        var currentVersion = ObjectMeta.ResourceVersion(current);
        var body = WriteBody.Parse(request);
        var next = change((JsonObject)current.DeepClone(), body);
        var wanted = ObjectMeta.ResourceVersion(next);
        if (ObjectMeta.Name(next) != name)
        {
            throw ApiError.BadRequest($"the name of the object ({ObjectMeta.Name(next)}) does not match the name on the URL ({name})");
        }

        if (wanted != 0 && wanted != currentVersion)
        {
            throw Conflict(request.Type, name);
        }

        var owners = cluster.Owners(request.Type, request.Namespace, name);
        owners.RecordUpdate(WriteBody.Manager(request), request.Type.ApiVersion, current, next, cluster.Now());
        if (WriteBody.IsDryRun(request))
        {
            await Responses.WriteJsonAsync(request.Context, 200, next);
            return;
        }

        next["status"] = current["status"]?.DeepClone();
        if (next["status"] is null)
        {
            next.Remove("status");
        }

        var stored = cluster.TryWrite(request.Type, request.Namespace, name, next, owners, currentVersion) ?? throw Conflict(request.Type, name);
        await Responses.WriteJsonAsync(request.Context, 200, stored);
    }

    private static ApiError Conflict(ResourceType type, string name) => new(409, "Conflict",
        $"Operation cannot be fulfilled on {type.QualifiedPlural} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
        ApiError.Detail(type, name));
}
