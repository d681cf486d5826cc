using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>Reading a write's body and parameters: the object, its field manager, dry run.</summary>
internal static class WriteBody
{
    /// <summary>
    /// The body as an object whose kind, apiVersion and namespace agree with the URL (filled in when absent; 400
    /// with the apiserver's wording when they disagree).
    /// </summary>
    public static JsonObject Parse(ApiRequest request)
    {
        var value = YamlJson.ParseObject(request.Body);
        var type = request.Type;
        if (value["apiVersion"]?.ToString() is { } apiVersion && apiVersion != type.ApiVersion)
        {
            throw ApiError.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({type.ApiVersion})");
        }

        if (value["kind"]?.ToString() is { } kind && kind != type.Kind)
        {
            throw ApiError.BadRequest($"the kind in the data ({kind}) does not match the expected kind ({type.Kind})");
        }

        value["apiVersion"] = type.ApiVersion;
        value["kind"] = type.Kind;
        var metadata = ObjectMeta.Metadata(value);
        if (type.Namespaced)
        {
            var ns = ObjectMeta.Namespace(value);
            if (ns is not null && ns != request.Namespace)
            {
                throw ApiError.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }

            metadata["namespace"] = request.Namespace;
        }
        else
        {
            metadata.Remove("namespace");
        }

        metadata.Remove("managedFields");
        return value;
    }

    /// <summary><c>fieldManager</c>, else the user agent's program name, as the apiserver derives it.</summary>
    public static string Manager(ApiRequest request)
    {
        if (request.Query("fieldManager") is { Length: > 0 } manager)
        {
            return manager;
        }

        var agent = request.Context.Request.Headers.UserAgent.ToString();
        var program = agent.Split('/')[0].Trim();
        return program.Length > 0 ? program : "unknown";
    }

    public static bool IsDryRun(ApiRequest request) => request.Query("dryRun") == "All";
}
