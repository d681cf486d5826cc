using System.Text.Json.Nodes;
using MetaFence.Imds.Http;

namespace MetaFence.Imds.Emulator.Azure;

/// <summary>
/// Azure Instance Metadata Service, as documented in
/// https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service: requests must carry
/// <c>Metadata: true</c> and must not carry <c>X-Forwarded-For</c> ("any request that doesn't meet both
/// of these requirements is rejected": 400 here), must name a supported <c>api-version</c> (400 with the
/// newest versions otherwise), and only GET is allowed (405). The managed identity token follows
/// https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/how-to-use-vm-token
/// (<c>resource</c> required; numbers as strings).
/// </summary>
public sealed class AzureMetadataService(EmulatorOptions options, TimeProvider time) : IMetadataService
{
    public const string MetadataHeader = "Metadata";

    public const string InstancePath = "/metadata/instance";

    public const string TokenPath = "/metadata/identity/oauth2/token";

    public string ServerName => "IMDS";

    public MetadataResponse Handle(MetadataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var isToken = request.Path == TokenPath;
        if (request.Method != "GET")
        {
            return Error(405, "Bad request. Only GET is allowed");
        }

        if (!string.Equals(request.Header(MetadataHeader), "true", StringComparison.OrdinalIgnoreCase) || request.HasHeader("X-Forwarded-For"))
        {
            return isToken
                ? Problem("invalid_request", "Required metadata header not specified")
                : Error(400, "Bad request. Required metadata header not specified");
        }

        if (request.Path == "/metadata/versions")
        {
            return MetadataResponse.JsonBody(200, new JsonObject { ["apiVersions"] = Array(AzureVersions.Supported) }.ToJsonString());
        }

        var version = request.QueryValue("api-version");
        if (!isToken && !AzureVersions.Supported.Contains(version, StringComparer.Ordinal))
        {
            var problem = version is null ? "api-version was not specified in the request" : "api-version is invalid";
            return MetadataResponse.JsonBody(400, new JsonObject
            {
                ["error"] = $"Bad request. {problem}. For more information refer to aka.ms/azureimds",
                ["newest-versions"] = Array(AzureVersions.Newest),
            }.ToJsonString());
        }

        return isToken ? Token(request) : Instance(request.Path);
    }

    private MetadataResponse Instance(string path)
    {
        var instance = AzureDocuments.Instance(options.Role);
        JsonNode? part = path.TrimEnd('/') switch
        {
            InstancePath => instance,
            InstancePath + "/compute" => instance["compute"],
            InstancePath + "/network" => instance["network"],
            _ => null,
        };
        return part is null ? Error(404, "Not found") : MetadataResponse.JsonBody(200, part.ToJsonString());
    }

    private MetadataResponse Token(MetadataRequest request)
    {
        if (request.QueryValue("api-version") is null)
        {
            return Problem("invalid_request", "Required query variable 'api-version' is missing");
        }

        return request.QueryValue("resource") is { Length: > 0 } resource
            ? MetadataResponse.JsonBody(200, AzureDocuments.Token(resource, time.GetUtcNow()))
            : Problem("invalid_request", "Required query variable 'resource' is missing");
    }

    private static JsonArray Array(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)v)];

    private static MetadataResponse Error(int status, string message) =>
        MetadataResponse.JsonBody(status, new JsonObject { ["error"] = message }.ToJsonString());

    private static MetadataResponse Problem(string error, string description) =>
        MetadataResponse.JsonBody(400, new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString());
}
