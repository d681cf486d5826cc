using System.Text.Json.Nodes;
using MetaFence.Imds.Http;

namespace MetaFence.Imds.Emulator.Gcp;

/// <summary>
/// Google Compute Engine metadata server, <c>/computeMetadata/v1/</c>, as documented in
/// https://cloud.google.com/compute/docs/metadata/querying-metadata: every request needs
/// <c>Metadata-Flavor: Google</c> (403 without), requests carrying <c>X-Forwarded-For</c> are
/// refused (403), replies carry <c>Metadata-Flavor: Google</c>. Folders list entries one per line.
/// The token path follows https://cloud.google.com/compute/docs/access/authenticate-workloads#applications
/// (<c>{"access_token","expires_in","token_type":"Bearer"}</c>). The retired v0.1 and v1beta1
/// paths are not served (shut down in 2020).
/// </summary>
public sealed class GcpMetadataService : IMetadataService
{
    public const string FlavorHeader = "Metadata-Flavor";

    public const string Flavor = "Google";

    private const string Root = "/computeMetadata/v1/";

    private readonly MetadataTree _tree;

    public GcpMetadataService(EmulatorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var email = $"{options.Role}@{FakeIdentity.GcpProject}.iam.gserviceaccount.com";
        _tree = new MetadataTree(endEveryLine: true)
            .Add("/", "computeMetadata/\n")
            .Add(Root + "instance/hostname", $"metafence-fake-vm.us-central1-a.c.{FakeIdentity.GcpProject}.internal")
            .Add(Root + "instance/id", "1234567890123456789")
            .Add(Root + "instance/machine-type", $"projects/{FakeIdentity.GcpProjectNumber}/machineTypes/e2-medium")
            .Add(Root + "instance/name", "metafence-fake-vm")
            .Add(Root + "instance/zone", $"projects/{FakeIdentity.GcpProjectNumber}/zones/us-central1-a")
            .Add(Root + "project/numeric-project-id", FakeIdentity.GcpProjectNumber)
            .Add(Root + "project/project-id", FakeIdentity.GcpProject);
        foreach (var account in new[] { "default", email })
        {
            var folder = $"{Root}instance/service-accounts/{account}/";
            _tree.Add(folder + "aliases", "default")
                .Add(folder + "email", email)
                .Add(folder + "scopes", "https://www.googleapis.com/auth/cloud-platform\n")
                .Add(folder + "token", Token);
        }
    }

    public string ServerName => "Metadata Server for VM";

    public MetadataResponse Handle(MetadataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = Answer(request);
        return response.WithHeader(FlavorHeader, Flavor);
    }

    private MetadataResponse Answer(MetadataRequest request)
    {
        if (request.Method != "GET")
        {
            return Error(405, "Method not allowed.");
        }

        if (request.HasHeader("X-Forwarded-For"))
        {
            return Error(403, "Requests with an X-Forwarded-For header are refused.");
        }

        if (request.Path.StartsWith("/computeMetadata/", StringComparison.Ordinal) && request.Header(FlavorHeader) != Flavor)
        {
            return Error(403, "Missing Metadata-Flavor:Google header.");
        }

        if (_tree.Read(request.Path) is not { } body)
        {
            return Error(404, "The requested URL was not found on this server.");
        }

        return new MetadataResponse(200, body.StartsWith('{') ? MetadataResponse.Json : "application/text", body);
    }

    private static string Token() => new JsonObject
    {
        ["access_token"] = FakeIdentity.GcpAccessToken,
        ["expires_in"] = 3599,
        ["token_type"] = "Bearer",
    }.ToJsonString();

    private static MetadataResponse Error(int status, string message) => new(status, "text/html; charset=UTF-8", $"""
        <!DOCTYPE html>
        <html lang=en>
          <title>Error {status} ({HttpStatusText.Reason(status)})</title>
          <p><b>{status}.</b> <ins>That's an error.</ins>
          <p>{message} <ins>That's all we know.</ins>

        """);
}
