using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MetaFence.Testing.FakeApi;

/// <summary>Writes JSON bodies and <c>Status</c> objects the way the API server does.</summary>
internal static class Responses
{
    public static async Task WriteJsonAsync(HttpContext context, int code, JsonNode body)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiError error) => WriteJsonAsync(context, error.Code, error.ToStatus());

    public static async Task WriteTextAsync(HttpContext context, string text)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain";
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The <c>Status</c> a successful delete of a non-pod returns (metav1.Status with details).</summary>
    public static JsonObject Success(ResourceType type, JsonObject deleted) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Success",
        ["details"] = new JsonObject
        {
            ["name"] = ObjectMeta.Name(deleted),
            ["group"] = type.Group,
            ["kind"] = type.Plural,
            ["uid"] = ObjectMeta.Text(deleted, "uid"),
        },
    };
}
