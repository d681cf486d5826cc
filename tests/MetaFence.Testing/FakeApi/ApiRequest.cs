using Microsoft.AspNetCore.Http;

namespace MetaFence.Testing.FakeApi;

/// <summary>A resource request, routed: the verb, the resource, where, and who asks.</summary>
internal sealed record ApiRequest(HttpContext Context, string Verb, ResourceType Type, string? Namespace, string? Name, string? Subresource, string User, string Body)
{
    public string? Query(string name) => Context.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    public bool Flag(string name) => Query(name) is "1" or "true" or "True";
}
