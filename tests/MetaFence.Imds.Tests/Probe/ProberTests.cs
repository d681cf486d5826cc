using MetaFence.Imds.Emulator;
using MetaFence.Imds.Net;
using MetaFence.Imds.Probe;
using MetaFence.Imds.Tests.Support;

namespace MetaFence.Imds.Tests.Probe;

/// <summary>The prober against the emulator and plain sockets on loopback.</summary>
public sealed class ProberTests
{
    private const string Credentials = "credentials: HTTP 200: role metafence-fake-node-role, AccessKeyId ASIAMETAFENCEFAKE000";

    private static readonly TimeSpan Short = TimeSpan.FromSeconds(0.3);

    // Where the test expects a connect to succeed, a loaded CI machine may need longer than 0.3 s
    // to accept on loopback (seen once); the silent checks of that test then wait this long too.
    private static readonly TimeSpan Accepting = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task Should_read_the_credentials_with_and_without_a_token_When_imdsv2_is_optional()
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions());

        var seen = await RunAsync(LoopbackProbe.Checks("aws", [("aws-imds", emulator.Port)]), TimeSpan.FromSeconds(5));

        Assert.Equal(
            [
                "tcp-connect reachable connected",
                $"imdsv1-credentials reachable {Credentials}",
                $"imdsv2-credentials reachable token: HTTP 200; {Credentials}",
            ],
            seen);
    }

    [Fact]
    public async Task Should_get_401_without_a_token_and_credentials_with_one_When_imdsv2_is_required()
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions { Imdsv2 = TokenRequirement.Required });

        var seen = await RunAsync(LoopbackProbe.Checks("aws", [("aws-imds", emulator.Port)]), TimeSpan.FromSeconds(5));

        Assert.Equal("imdsv1-credentials reachable credentials: HTTP 401", seen[1]);
        Assert.Equal($"imdsv2-credentials reachable token: HTTP 200; {Credentials}", seen[2]);
    }

    [Theory]
    [InlineData(CloudProvider.Gcp, "gcp", "gcp-metadata", "service-account-token reachable token: HTTP 200: access_token issued")]
    [InlineData(CloudProvider.Azure, "azure", "azure-imds", "managed-identity-token reachable token: HTTP 200: access_token issued")]
    public async Task Should_get_a_token_with_the_provider_header_When_probing_gcp_or_azure(
        CloudProvider provider, string name, string endpoint, string expected)
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions { Provider = provider });

        var seen = await RunAsync(LoopbackProbe.Checks(name, [(endpoint, emulator.Port)]), TimeSpan.FromSeconds(5));

        Assert.Equal(["tcp-connect reachable connected", expected], seen);
    }

    [Fact]
    public async Task Should_say_refused_When_nothing_listens()
    {
        var seen = await RunAsync(LoopbackProbe.Checks("aws", [("aws-imds", SilentListener.ClosedPort())]), Short);

        Assert.Equal(
            ["tcp-connect refused connection refused", "imdsv1-credentials refused connection refused", "imdsv2-credentials refused token: connection refused"],
            seen);
    }

    [Fact]
    public async Task Should_time_out_after_connecting_When_no_answer_comes()
    {
        using var silent = new SilentListener();

        var seen = await RunAsync(LoopbackProbe.Checks("aws", [("aws-imds", silent.Port)]), Accepting);

        Assert.Equal(
            [
                "tcp-connect reachable connected",
                "imdsv1-credentials timeout connected, no answer within 1.5s",
                "imdsv2-credentials timeout token: connected, no answer within 1.5s",
            ],
            seen);
    }

    [Fact]
    public async Task Should_name_the_peer_When_the_egress_target_accepts()
    {
        using var target = new SilentListener();
        var checks = LoopbackProbe.Checks("aws", [("aws-imds", target.Port)], new HostPort("127.0.0.1", target.Port));

        var seen = await RunAsync(checks, Accepting);

        Assert.Equal($"egress reachable connected to 127.0.0.1:{target.Port}", seen[^1]);
    }

    private static async Task<List<string>> RunAsync(IReadOnlyList<ProbeCheck> checks, TimeSpan timeout)
    {
        var seen = new List<string>();
        await foreach (var result in new Prober(timeout, TimeProvider.System).RunAsync(checks, CancellationToken.None))
        {
            seen.Add($"{result.Check.Name} {ProbeJson.Outcome(result.Outcome)} {result.Detail}");
        }

        return seen;
    }
}
