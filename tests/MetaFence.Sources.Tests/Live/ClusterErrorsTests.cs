using MetaFence.Sources.Live;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.Live;

/// <summary>A cluster that cannot be reached or refuses: one exception naming the cluster, what failed and a hint.</summary>
public sealed class ClusterErrorsTests
{
    [Fact]
    public async Task Should_say_connection_refused_and_name_the_server_When_nothing_listens()
    {
        // Given a port that was just closed.
        var server = await FakeApiServer.StartAsync();
        var configuration = server.ClientConfiguration();
        await server.DisposeAsync();
        using var connection = ClusterConnection.FromConfiguration(configuration, $"context gone (server {configuration.Host})");

        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(() => LiveSnapshotReader.ReadAsync(connection, LiveCluster.Options(), CancellationToken.None));

        Assert.Equal($"context gone (server {configuration.Host})", error.Cluster);
        Assert.Equal("connection refused while reading API discovery (/apis)", error.Problem);
        Assert.Contains("API server is running", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_fail_to_connect_When_the_server_drops_every_connection()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Faults.Unreachable = true;

        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(() => LiveCluster.ReadAsync(server));

        Assert.StartsWith("cannot connect while reading API discovery (/apis)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_the_credentials_were_refused_When_the_token_is_unknown()
    {
        await using var server = await FakeApiServer.StartAsync();

        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(() => LiveCluster.ReadAsync(server, user: "stranger"));

        Assert.Equal("the server refused the credentials while reading API discovery (/apis) (401 Unauthorized)", error.Problem);
    }

    [Fact]
    public async Task Should_fail_at_discovery_When_the_user_may_not_read_it()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Faults.Add(r => r.Path == "/apis", 403);

        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(() => LiveCluster.ReadAsync(server));

        Assert.Equal("the user may not do this: reading API discovery (/apis) (403 Forbidden)", error.Problem);
    }

    [Fact]
    public void Should_name_DNS_When_the_server_name_does_not_resolve()
    {
        var failure = new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (api.nowhere.invalid:443)");

        var error = ClusterErrors.Describe(failure, "context far (server https://api.nowhere.invalid)", "listing pods");

        Assert.Equal("the server name does not resolve (DNS) while listing pods", error?.Problem);
    }

    [Fact]
    public void Should_name_TLS_When_the_handshake_fails()
    {
        var failure = new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established");

        var error = ClusterErrors.Describe(failure, "context far (server https://10.0.0.1)", "listing pods");

        Assert.StartsWith("the TLS handshake failed while listing pods", error?.Problem, StringComparison.Ordinal);
    }
}
