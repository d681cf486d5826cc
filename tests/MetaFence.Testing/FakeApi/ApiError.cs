using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// A refused request as the API server reports it: a <c>Status</c> object
/// (https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/status/) with the HTTP code, the
/// machine-readable reason and the message grammar of k8s.io/apimachinery/pkg/api/errors.
/// </summary>
internal sealed class ApiError : Exception
{
    public ApiError(int code, string reason, string message, JsonObject? details = null, string? continueToken = null)
        : base(message)
    {
        Code = code;
        Reason = reason;
        Details = details;
        ContinueToken = continueToken;
    }

    public int Code { get; }

    public string Reason { get; }

    public JsonObject? Details { get; }

    public string? ContinueToken { get; }

    public JsonObject ToStatus()
    {
        var metadata = new JsonObject();
        if (ContinueToken is not null)
        {
            metadata["continue"] = ContinueToken;
        }

        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = metadata,
            ["status"] = "Failure",
            ["message"] = Message,
            ["reason"] = Reason,
        };
        if (Details is not null)
        {
            status["details"] = Details;
        }

        status["code"] = Code;
        return status;
    }

    /// <summary>The reason the real server pairs with <paramref name="code"/> (metav1.StatusReason).</summary>
    public static string ReasonFor(int code) => code switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        410 => "Expired",
        415 => "UnsupportedMediaType",
        422 => "Invalid",
        429 => "TooManyRequests",
        503 => "ServiceUnavailable",
        504 => "Timeout",
        _ when code >= 500 => "InternalError",
        _ => "Unknown",
    };

    public static ApiError NotFound(ResourceType type, string name) =>
        new(404, "NotFound", $"{type.QualifiedPlural} \"{name}\" not found", Detail(type, name));

    public static ApiError AlreadyExists(ResourceType type, string name) =>
        new(409, "AlreadyExists", $"{type.QualifiedPlural} \"{name}\" already exists", Detail(type, name));

    public static ApiError BadRequest(string message) => new(400, "BadRequest", message);

    /// <summary>404 for a path the server does not serve at all.</summary>
    public static ApiError NoSuchPath() => new(404, "NotFound", "the server could not find the requested resource", new JsonObject());

    public static ApiError Unauthorized() => new(401, "Unauthorized", "Unauthorized");

    public static JsonObject Detail(ResourceType type, string? name)
    {
        var details = new JsonObject();
        if (name is not null)
        {
            details["name"] = name;
        }

        details["group"] = type.Group;
        details["kind"] = type.Plural;
        return details;
    }
}
