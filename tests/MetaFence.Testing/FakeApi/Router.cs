using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// The one request delegate: records the request, authenticates the bearer token, applies scripted faults, serves
/// discovery, and routes resource paths (<c>/api/v1/…</c>, <c>/apis/{group}/{version}/…</c>) after an RBAC check.
/// </summary>
internal sealed class Router(FakeApiServer server)
{
    private readonly Resources _resources = new(server);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var user = Authenticate(request);
        var route = ResourceRoute.Parse(request.Path.Value ?? "/", request.Method, request.Query);
        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? "/", request.QueryString.Value?.TrimStart('?') ?? "",
            user ?? "", 0, route?.Verb ?? "", body);
        if (server.Faults.Unreachable)
        {
            server.Record(recorded);
            context.Abort();
            return;
        }

        context.Response.OnStarting(() =>
        {
            server.Record(recorded with { StatusCode = context.Response.StatusCode });
            return Task.CompletedTask;
        });
        try
        {
            if (user is null)
            {
                throw ApiError.Unauthorized();
            }

            if (server.Faults.Take(recorded) is { } fault)
            {
                if (fault.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                throw new ApiError(fault.Code, ApiError.ReasonFor(fault.Code), fault.Message ?? $"fake fault {fault.Code} {ApiError.ReasonFor(fault.Code)}");
            }

            if (server.BeforeAnswer is { } hold)
            {
                await hold(recorded);
            }

            await DispatchAsync(context, route, user, body);
        }
        catch (ApiError error) when (!context.Response.HasStarted)
        {
            await Responses.WriteErrorAsync(context, error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || server.Stopping.IsCancellationRequested)
        {
            // The client went away or the server is stopping: nothing left to answer.
        }
    }

    private string? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? server.UserOf(header["Bearer ".Length..].Trim()) : null;
    }

    private async Task DispatchAsync(HttpContext context, ResourceRoute? route, string user, string body)
    {
        if (route is null)
        {
            await Responses.WriteJsonAsync(context, 200, DiscoveryDocument(context.Request.Path.Value ?? "/") ?? throw ApiError.NoSuchPath());
            return;
        }

        var type = server.Cluster.Catalog.ByPlural(route.Group, route.Version, route.Plural);
        if (type is null || (!type.Namespaced && route.Namespace is not null) || (route.Subresource is not null && route.Subresource != "log"))
        {
            throw ApiError.NoSuchPath();
        }

        var resource = route.Subresource is null ? type.Plural : $"{type.Plural}/{route.Subresource}";
        if (!server.IsAllowed(user, route.Verb, type.Group, resource, route.Namespace))
        {
            throw Forbidden(user, route, type, resource);
        }

        await _resources.ServeAsync(new ApiRequest(context, route.Verb, type, route.Namespace, route.Name, route.Subresource, user, body));
    }

    private JsonObject? DiscoveryDocument(string path)
    {
        var segments = path.Trim('/').Split('/');
        var catalog = server.Cluster.Catalog;
        return segments switch
        {
            ["version"] => Discovery.Version(),
            ["api"] => Discovery.CoreVersions(server.Address.Authority),
            ["api", "v1"] => Discovery.Resources(catalog, "", "v1"),
            ["apis"] => Discovery.Groups(catalog),
            ["apis", var group] => Discovery.Group(catalog, group),
            ["apis", var group, var version] => Discovery.Resources(catalog, group, version),
            ["openapi", "v3"] => OpenApi.Root(catalog),
            ["openapi", "v3", .. var rest] => OpenApi.GroupVersion(catalog, string.Join('/', rest)),
            _ => null,
        };
    }

    /// <summary>
    /// 403 with the apiserver's wording (k8s.io/apiserver authorization filter):
    /// <c>pods is forbidden: User "reader" cannot list resource "pods" in API group "" at the cluster scope</c>.
    /// </summary>
    private static ApiError Forbidden(string user, ResourceRoute route, ResourceType type, string resource)
    {
        var scope = route.Namespace is null ? "at the cluster scope" : $"in the namespace \"{route.Namespace}\"";
        var reason = $"User \"{user}\" cannot {route.Verb} resource \"{resource}\" in API group \"{type.Group}\" {scope}";
        var subject = route.Name is null ? type.QualifiedPlural : $"{type.QualifiedPlural} \"{route.Name}\"";
        return new ApiError(403, "Forbidden", $"{subject} is forbidden: {reason}", ApiError.Detail(type, route.Name));
    }
}
