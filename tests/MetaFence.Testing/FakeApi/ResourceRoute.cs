using Microsoft.AspNetCore.Http;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// A resource path taken apart (https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-uris):
/// <c>/api/v1[/namespaces/{ns}]/{plural}[/{name}[/{subresource}]]</c> and the same under <c>/apis/{group}/{version}</c>,
/// with the verb the method and query make of it.
/// </summary>
internal sealed record ResourceRoute(string Group, string Version, string Plural, string? Namespace, string? Name, string? Subresource, string Verb)
{
    /// <summary>The route, or null for a non-resource path (discovery, /version, unknown).</summary>
    public static ResourceRoute? Parse(string path, string method, IQueryCollection query)
    {
        var segments = path.Trim('/').Split('/');
        var (group, version, rest) = segments switch
        {
            ["api", var v, .. var r] when r.Length > 0 => ("", v, r),
            ["apis", var g, var v, .. var r] when r.Length > 0 => (g, v, r),
            _ => ("", "", Array.Empty<string>()),
        };
        if (rest.Length == 0)
        {
            return null;
        }

        string? ns = null;
        if (rest is ["namespaces", _, _, ..])
        {
            ns = rest[1];
            rest = rest[2..];
        }

        if (rest.Length > 3)
        {
            return null;
        }

        var name = rest.Length > 1 ? rest[1] : null;
        var subresource = rest.Length > 2 ? rest[2] : null;
        var watch = query.TryGetValue("watch", out var w) && w.ToString() is "1" or "true" or "True";
        var verb = method switch
        {
            "GET" when name is null => watch ? "watch" : "list",
            "GET" => "get",
            "POST" => "create",
            "PUT" => "update",
            "PATCH" => "patch",
            "DELETE" when name is null => "deletecollection",
            "DELETE" => "delete",
            _ => method.ToLowerInvariant(),
        };
        return new ResourceRoute(group, version, rest[0], ns, name, subresource, verb);
    }
}
