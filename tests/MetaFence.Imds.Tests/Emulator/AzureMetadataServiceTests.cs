using System.Text.Json;
using MetaFence.Imds.Emulator;
using MetaFence.Imds.Emulator.Azure;
using MetaFence.Imds.Tests.Support;

namespace MetaFence.Imds.Tests.Emulator;

public sealed class AzureMetadataServiceTests
{
    private const string Header = "Metadata: true";
    private const string Imds = "https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service";
    private const string Instance = "/metadata/instance?api-version=2021-02-01";
    private const string Token = "/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fmanagement.azure.com%2F";

    [Theory]
    [InlineData("GET", Instance, new[] { Header }, 200, Imds)]
    [InlineData("GET", Instance, new string[0], 400, Imds + " (must contain Metadata: true)")]
    [InlineData("GET", Instance, new[] { "Metadata: false" }, 400, Imds)]
    [InlineData("GET", Instance, new[] { Header, "X-Forwarded-For: 203.0.113.9" }, 400, Imds + " (must not contain X-Forwarded-For)")]
    [InlineData("GET", "/metadata/instance", new[] { Header }, 400, Imds + "#versioning (api-version required)")]
    [InlineData("GET", "/metadata/instance?api-version=1999-01-01", new[] { Header }, 400, Imds + "#versioning")]
    [InlineData("POST", Instance, new[] { Header }, 405, Imds + " (only GET)")]
    [InlineData("GET", "/metadata/instance/compute?api-version=2021-02-01", new[] { Header }, 200, Imds)]
    [InlineData("GET", "/metadata/versions", new[] { Header }, 200, Imds + "#versions (no api-version needed)")]
    [InlineData("GET", "/metadata/nothing?api-version=2021-02-01", new[] { Header }, 404, "unknown path")]
    [InlineData("GET", Token, new[] { Header }, 200, "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/how-to-use-vm-token")]
    [InlineData("GET", Token, new string[0], 400, "the token endpoint needs Metadata: true too")]
    [InlineData("GET", "/metadata/identity/oauth2/token?api-version=2018-02-01", new[] { Header }, 400, "resource is required")]
    public void Should_answer_as_documented_When_asked(string method, string target, string[] headers, int status, string source)
    {
        var service = new AzureMetadataService(new EmulatorOptions { Provider = CloudProvider.Azure }, new ManualClock());

        var response = service.Handle(Requests.Make(method, target, headers));

        Assert.True(status == response.Status, $"{method} {target}: got {response.Status}, expected {status}; source: {source}");
    }

    [Fact]
    public void Should_list_the_newest_versions_When_the_api_version_is_missing()
    {
        var service = new AzureMetadataService(new EmulatorOptions { Provider = CloudProvider.Azure }, new ManualClock());

        using var error = JsonDocument.Parse(service.Handle(Requests.Get("/metadata/instance", Header)).Body);

        Assert.Equal("Bad request. api-version was not specified in the request. For more information refer to aka.ms/azureimds",
            error.RootElement.GetProperty("error").GetString());
        Assert.Equal(3, error.RootElement.GetProperty("newest-versions").GetArrayLength());
    }

    [Fact]
    public void Should_issue_a_token_for_the_resource_When_a_managed_identity_token_is_read()
    {
        var service = new AzureMetadataService(new EmulatorOptions { Provider = CloudProvider.Azure }, new ManualClock());

        using var token = JsonDocument.Parse(service.Handle(Requests.Get(Token, Header)).Body);

        Assert.Equal(FakeIdentity.AzureAccessToken, token.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("https://management.azure.com/", token.RootElement.GetProperty("resource").GetString());
        Assert.Equal(JsonValueKind.String, token.RootElement.GetProperty("expires_in").ValueKind);
        Assert.Equal(
            (ManualClock.Start.ToUnixTimeSeconds() + 86399).ToString(System.Globalization.CultureInfo.InvariantCulture),
            token.RootElement.GetProperty("expires_on").GetString());
    }
}
