using System.Text.Json;
using MetaFence.Imds.Emulator;
using MetaFence.Imds.Emulator.Gcp;
using MetaFence.Imds.Tests.Support;

namespace MetaFence.Imds.Tests.Emulator;

public sealed class GcpMetadataServiceTests
{
    private const string Flavor = "Metadata-Flavor: Google";
    private const string Querying = "https://cloud.google.com/compute/docs/metadata/querying-metadata";
    private const string Token = "/computeMetadata/v1/instance/service-accounts/default/token";

    [Theory]
    [InlineData("GET", "/computeMetadata/v1/", new string[0], 403, Querying + " (Metadata-Flavor: Google required)")]
    [InlineData("GET", Token, new string[0], 403, Querying)]
    [InlineData("GET", Token, new[] { "Metadata-Flavor: Azure" }, 403, Querying)]
    [InlineData("GET", "/computeMetadata/v1/", new[] { Flavor }, 200, Querying)]
    [InlineData("GET", Token, new[] { Flavor }, 200, "https://cloud.google.com/compute/docs/access/authenticate-workloads")]
    [InlineData("GET", Token, new[] { Flavor, "X-Forwarded-For: 203.0.113.9" }, 403, Querying + " (requests with X-Forwarded-For are rejected)")]
    [InlineData("GET", "/computeMetadata/v1/instance/nothing", new[] { Flavor }, 404, "unknown path")]
    [InlineData("POST", Token, new[] { Flavor }, 405, "reads are GET")]
    [InlineData("GET", "/computeMetadata/v1beta1/instance/service-accounts/default/token", new[] { Flavor }, 404, "v1beta1 was shut down in 2020")]
    [InlineData("GET", "/computeMetadata/v1", new string[0], 403, Querying + " (the folder without its slash is no way around the header)")]
    [InlineData("GET", "/", new string[0], 200, "the root lists computeMetadata/")]
    public void Should_answer_as_documented_When_asked(string method, string target, string[] headers, int status, string source)
    {
        var service = new GcpMetadataService(new EmulatorOptions { Provider = CloudProvider.Gcp }, new ManualClock());

        var response = service.Handle(Requests.Make(method, target, headers));

        Assert.True(status == response.Status, $"{method} {target}: got {response.Status}, expected {status}; source: {source}");
        Assert.Equal("Google", response.Header("Metadata-Flavor"));
    }

    [Fact]
    public void Should_issue_a_bearer_token_When_the_service_account_token_is_read()
    {
        var service = new GcpMetadataService(new EmulatorOptions { Provider = CloudProvider.Gcp }, new ManualClock());

        using var token = JsonDocument.Parse(service.Handle(Requests.Get(Token, Flavor)).Body);

        Assert.Equal(FakeIdentity.GcpAccessToken, token.RootElement.GetProperty("access_token").GetString());
        Assert.Equal(3599, token.RootElement.GetProperty("expires_in").GetInt32());
        Assert.Equal("Bearer", token.RootElement.GetProperty("token_type").GetString());
    }

    [Fact]
    public void Should_list_entries_one_per_line_When_a_folder_is_read()
    {
        var service = new GcpMetadataService(new EmulatorOptions { Provider = CloudProvider.Gcp, Role = "lab-sa" }, new ManualClock());

        var accounts = service.Handle(Requests.Get("/computeMetadata/v1/instance/service-accounts/", Flavor)).Body;

        Assert.Equal("default/\nlab-sa@metafence-fake-project.iam.gserviceaccount.com/\n", accounts);
    }
}
