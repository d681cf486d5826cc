namespace MetaFence.Testing.FakeApi;

/// <summary>
/// One request the fake served: HTTP method, path, raw query (without <c>?</c>), the authenticated user (empty when
/// none), the Kubernetes verb (get, list, watch, create, update, patch, delete, deletecollection; empty for
/// discovery), the request body and the status code sent (0 while a fault matcher looks at it).
/// </summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string User, int StatusCode, string Verb = "", string Body = "")
{
    /// <summary>The first value of query parameter <paramref name="name"/>, unescaped, or null.</summary>
    public string? QueryValue(string name)
    {
        foreach (var pair in Query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (Uri.UnescapeDataString(parts[0]) == name)
            {
                return parts.Length == 2 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "";
            }
        }

        return null;
    }
}
