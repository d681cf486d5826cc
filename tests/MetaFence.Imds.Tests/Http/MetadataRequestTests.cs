using MetaFence.Imds.Http;

namespace MetaFence.Imds.Tests.Http;

public sealed class MetadataRequestTests
{
    [Fact]
    public void Should_split_and_decode_the_query_When_the_target_has_one()
    {
        var request = MetadataRequest.Create("GET", "/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fvault.azure.net");

        Assert.Equal("/metadata/identity/oauth2/token", request.Path);
        Assert.Equal("2018-02-01", request.QueryValue("api-version"));
        Assert.Equal("https://vault.azure.net", request.QueryValue("resource"));
    }

    [Fact]
    public void Should_keep_the_path_When_the_target_is_in_absolute_form()
    {
        // What a client sends to a proxy: the emulator answers as the real service would.
        var request = MetadataRequest.Create("GET", "http://169.254.169.254/latest/meta-data/");

        Assert.Equal("/latest/meta-data/", request.Path);
    }

    [Fact]
    public void Should_find_headers_by_any_case_and_join_repeats_When_reading_headers()
    {
        var request = MetadataRequest.Create("GET", "/", [new("x-forwarded-for", "a"), new("X-Forwarded-For", "b")]);

        Assert.Equal("a, b", request.Header("X-FORWARDED-FOR"));
    }

    [Theory]
    [InlineData("HTTP/1.1", null, false)]
    [InlineData("HTTP/1.1", "close", true)]
    [InlineData("HTTP/1.0", null, true)]
    [InlineData("HTTP/1.0", "keep-alive", false)]
    public void Should_close_as_http_says_When_the_client_states_no_preference(string version, string? connection, bool close)
    {
        var headers = connection is null ? [] : new[] { new KeyValuePair<string, string>("Connection", connection) };

        Assert.Equal(close, MetadataRequest.Create("GET", "/", headers, version).WantsClose);
    }
}
