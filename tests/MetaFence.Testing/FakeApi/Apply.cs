using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// Server-side apply (<c>PATCH</c> with <c>application/apply-patch+yaml</c>,
/// https://kubernetes.io/docs/reference/using-api/server-side-apply/): <c>fieldManager</c> is required; the manager
/// comes to own exactly the fields it applied; fields it owned before and no longer applies are removed unless another
/// manager owns them; a changed field owned by another manager is a 409 Conflict unless <c>force=true</c>. An apply
/// that changes neither the object nor its ownership keeps the resourceVersion. Creates when the object is absent (201).
/// </summary>
internal sealed class Apply(FakeCluster cluster)
{
    /// <summary>The manager the real server credits with every field of an object that has no managedFields.</summary>
    public const string BeforeFirstApply = "before-first-apply";

    public async Task ApplyAsync(ApiRequest request)
    {
        if (request.Query("fieldManager") is not { Length: > 0 } manager)
        {
            throw ApiError.BadRequest("PATCH, application/apply-patch+yaml requires fieldManager to be set");
        }

        var applied = WriteBody.Parse(request);
        var name = request.Name ?? "";
        if (ObjectMeta.Name(applied) != name)
        {
            throw ApiError.BadRequest($"the name of the object ({ObjectMeta.Name(applied)}) does not match the name on the URL ({name})");
        }

        for (var attempt = 0; ; attempt++)
        {
            var current = cluster.Read(request.Type, request.Namespace, name);
            var (code, body) = current is null ? Create(request, manager, applied) : Update(request, manager, applied, current);
            if (body is not null || attempt > 3)
            {
                await Responses.WriteJsonAsync(request.Context, code, body ?? throw new ApiError(409, "Conflict", "the object kept changing"));
                return;
            }
        }
    }

    private (int Code, JsonObject? Body) Create(ApiRequest request, string manager, JsonObject applied)
    {
        var value = (JsonObject)applied.DeepClone();
        var owners = new FieldOwnership();
        owners.Take(manager, "Apply", request.Type.ApiVersion, FieldPaths.Leaves(value).Keys, cluster.Now());
        if (WriteBody.IsDryRun(request))
        {
            return (201, value);
        }

        if (request.Type is { Group: "", Plural: "pods" })
        {
            cluster.StartScript(value);
        }

        return (201, cluster.TryWrite(request.Type, request.Namespace, ObjectMeta.Name(value), value, owners, 0));
    }

    private (int Code, JsonObject? Body) Update(ApiRequest request, string manager, JsonObject applied, JsonObject current)
    {
        var name = ObjectMeta.Name(current);
        var owners = cluster.Owners(request.Type, request.Namespace, name);
        if (owners.IsEmpty)
        {
            owners.Take(BeforeFirstApply, "Update", request.Type.ApiVersion, FieldPaths.Leaves(current).Keys, cluster.Now());
        }

        var wanted = FieldPaths.Leaves(applied);
        var conflicts = Conflicts(current, wanted, owners, manager);
        if (conflicts.Count > 0 && !request.Flag("force"))
        {
            throw ConflictError(conflicts);
        }

        var next = (JsonObject)current.DeepClone();
        foreach (var path in owners.PathsOf(manager, "Apply").Where(p => !wanted.ContainsKey(p)))
        {
            if (!owners.OthersOwning(path, manager, "Apply").Any())
            {
                FieldPaths.Remove(next, path);
            }
        }

        foreach (var (path, value) in wanted)
        {
            FieldPaths.Set(next, path, value);
        }

        var nextOwners = owners.Copy();
        nextOwners.Release(conflicts.Select(c => c.Path), manager, "Apply");
        nextOwners.Take(manager, "Apply", request.Type.ApiVersion, wanted.Keys, cluster.Now());
        nextOwners.Prune(FieldPaths.Leaves(next));
        if (JsonNode.DeepEquals(Without(next), Without(current)) && nextOwners.SameAs(cluster.Owners(request.Type, request.Namespace, name)))
        {
            return (200, current);
        }

        if (WriteBody.IsDryRun(request))
        {
            return (200, next);
        }

        return (200, cluster.TryWrite(request.Type, request.Namespace, name, next, nextOwners, ObjectMeta.ResourceVersion(current)));
    }

    private static List<(string Manager, string Operation, string ApiVersion, string Path)> Conflicts(
        JsonObject current, SortedDictionary<string, JsonNode?> wanted, FieldOwnership owners, string manager)
    {
        var conflicts = new List<(string, string, string, string)>();
        foreach (var (path, value) in wanted)
        {
            if (FieldPaths.Has(current, path) && FieldPaths.SameValue(FieldPaths.At(current, path), value))
            {
                continue;
            }

            foreach (var (other, operation, apiVersion) in owners.OthersOwning(path, manager, "Apply"))
            {
                conflicts.Add((other, operation, apiVersion, path));
            }
        }

        return conflicts;
    }

    /// <summary>The apiserver's conflict message (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/fieldmanager).</summary>
    private static ApiError ConflictError(List<(string Manager, string Operation, string ApiVersion, string Path)> conflicts)
    {
        static string Who(string manager, string operation, string apiVersion) =>
            operation == "Update" ? $"\"{manager}\" using {apiVersion}" : $"\"{manager}\"";

        string message;
        if (conflicts.Count == 1)
        {
            var c = conflicts[0];
            message = $"Apply failed with 1 conflict: conflict with {Who(c.Manager, c.Operation, c.ApiVersion)}: {FieldPaths.Display(c.Path)}";
        }
        else
        {
            var lines = conflicts.GroupBy(c => Who(c.Manager, c.Operation, c.ApiVersion)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => new[] { $"conflicts with {g.Key}:" }.Concat(g.Select(c => $"- {FieldPaths.Display(c.Path)}")));
            message = $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
        }

        var causes = new JsonArray([.. conflicts.Select(c => (JsonNode)new JsonObject
        {
            ["reason"] = "FieldManagerConflict",
            ["message"] = $"conflict with {Who(c.Manager, c.Operation, c.ApiVersion)}",
            ["field"] = FieldPaths.Display(c.Path),
        })]);
        return new ApiError(409, "Conflict", message, new JsonObject { ["causes"] = causes });
    }

    private static JsonObject Without(JsonObject value)
    {
        var copy = (JsonObject)value.DeepClone();
        if (copy["metadata"] is JsonObject metadata)
        {
            metadata.Remove("managedFields");
            metadata.Remove("resourceVersion");
        }

        return copy;
    }
}
