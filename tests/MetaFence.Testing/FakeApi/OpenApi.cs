using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// The least OpenAPI v3 (https://kubernetes.io/docs/concepts/overview/kubernetes-api/#openapi-v3) that lets kubectl
/// apply with its default <c>--validate=strict</c>: kubectl reads /openapi/v3, then the group-version document, and
/// when the resource's PATCH operation lists the <c>fieldValidation</c> query parameter it leaves validation to the
/// server instead of downloading schemas. The fake accepts <c>fieldValidation</c> and does not validate fields; the
/// documents carry no schemas, so <c>kubectl explain</c> does not work.
/// </summary>
internal static class OpenApi
{
    public static JsonObject Root(ResourceCatalog catalog)
    {
        var paths = new JsonObject();
        foreach (var apiVersion in catalog.All.Select(t => t.ApiVersion).Distinct().Order(StringComparer.Ordinal))
        {
            var path = PathOf(apiVersion);
            paths[path] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{path}?hash=fake" };
        }

        return new JsonObject { ["paths"] = paths };
    }

    /// <summary>The document of one group version (<c>api/v1</c>, <c>apis/apps/v1</c>), or null.</summary>
    public static JsonObject? GroupVersion(ResourceCatalog catalog, string path)
    {
        var types = catalog.All.Where(t => PathOf(t.ApiVersion) == path).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var paths = new JsonObject();
        foreach (var type in types)
        {
            var scope = type.Namespaced ? "/namespaces/{namespace}" : "";
            paths[$"/{path}{scope}/{type.Plural}/{{name}}"] = new JsonObject
            {
                ["patch"] = new JsonObject
                {
                    ["operationId"] = "patch" + type.Kind,
                    ["parameters"] = new JsonArray(
                        Parameter("dryRun"), Parameter("fieldManager"), Parameter("fieldValidation"), Parameter("force")),
                    ["x-kubernetes-action"] = "patch",
                    ["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = type.Group, ["version"] = type.Version, ["kind"] = type.Kind },
                },
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes (MetaFence fake)", ["version"] = "v1.34.0" },
            ["paths"] = paths,
        };
    }

    private static string PathOf(string apiVersion) => apiVersion.Contains('/', StringComparison.Ordinal) ? "apis/" + apiVersion : "api/" + apiVersion;

    private static JsonObject Parameter(string name) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["schema"] = new JsonObject { ["type"] = "string", ["uniqueItems"] = true },
    };
}
