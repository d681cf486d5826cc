using System.Net;
using MetaFence.Imds.Emulator;
using MetaFence.Imds.Tests.Support;

namespace MetaFence.Imds.Tests.Emulator;

/// <summary>The socket server, over loopback only.</summary>
public sealed class EmulatorServerTests
{
    [Fact]
    public async Task Should_answer_both_requests_on_one_connection_When_requests_are_pipelined()
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions());

        var replies = await RawClient.ExchangeAsync(IPAddress.Loopback, emulator.Port,
            "GET /latest/meta-data/instance-id HTTP/1.1\r\nHost: x\r\n\r\n"
            + "GET /latest/meta-data/ami-id HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        Assert.Equal(2, replies.Split("HTTP/1.1 200 OK").Length - 1);
        Assert.Contains("\n\ni-0123456789abcdef0HTTP/1.1 200 OK\n", replies, StringComparison.Ordinal);
        Assert.EndsWith("\n\nami-0abcdef1234567890", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_close_the_connection_after_the_token_When_the_reply_carries_a_hop_limit()
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions());

        // Without "Connection: close": the server closes anyway, after the token.
        var reply = await RawClient.ExchangeAsync(IPAddress.Loopback, emulator.Port,
            "PUT /latest/api/token HTTP/1.1\r\nHost: x\r\nX-aws-ec2-metadata-token-ttl-seconds: 60\r\nContent-Length: 0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 OK\n", reply, StringComparison.Ordinal);
        Assert.Contains("\nConnection: close\n", reply, StringComparison.Ordinal);
        Assert.Contains("\nX-aws-ec2-metadata-token-ttl-seconds: 60\n", reply, StringComparison.Ordinal);
        Assert.Contains(emulator.Log, line => line.EndsWith("PUT /latest/api/token -> 200 (54 bytes, IP TTL 1)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GARBAGE\r\n\r\n", "HTTP/1.1 400 Bad Request\n")]
    [InlineData("GET /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", "HTTP/1.1 501 Not Implemented\n")]
    [InlineData("GET /x HTTP/1.1\r\nBad Header\r\n\r\n", "HTTP/1.1 400 Bad Request\n")]
    public async Task Should_answer_an_error_and_close_When_the_request_is_unreadable(string request, string statusLine)
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions());

        var reply = await RawClient.ExchangeAsync(IPAddress.Loopback, emulator.Port, request);

        Assert.StartsWith(statusLine, reply, StringComparison.Ordinal);
        Assert.Contains(emulator.Log, line => line.Contains("(unreadable request)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_serve_ipv6_When_listening_on_ipv6_loopback()
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions { Provider = CloudProvider.Gcp });

        var reply = await RawClient.ExchangeAsync(IPAddress.IPv6Loopback, emulator.Ipv6Port,
            "GET /computeMetadata/v1/project/project-id HTTP/1.1\r\nHost: x\r\nMetadata-Flavor: Google\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 OK\n", reply, StringComparison.Ordinal);
        Assert.EndsWith("\n\nmetafence-fake-project", reply, StringComparison.Ordinal);
        Assert.Contains("\nServer: Metadata Server for VM\n", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_log_the_client_request_and_status_When_serving()
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions());

        await RawClient.ExchangeAsync(IPAddress.Loopback, emulator.Port, "GET /latest/user-data HTTP/1.0\r\n\r\n");

        var line = Assert.Single(emulator.Log);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z 127\.0\.0\.1:\d+ GET /latest/user-data -> 404 \(\d+ bytes\)$", line);
    }
}
