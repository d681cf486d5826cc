using System.Text.Json;
using MetaFence.Cli;
using MetaFence.Imds.Emulator;
using MetaFence.Imds.Tests.Support;
using MetaFence.Testing.Golden;

namespace MetaFence.Imds.Tests.Cli;

public sealed class ProbeCommandTests
{
    [Fact]
    public async Task Should_print_one_json_line_per_check_When_probing_the_emulator()
    {
        await using var emulator = new EmulatorOnLoopback(new EmulatorOptions { Imdsv2 = TokenRequirement.Required });
        using var streams = new TestStreams();

        var exit = streams.Run(LoopbackProbe.Args("aws", emulator.Port));

        Assert.Equal(0, exit);
        var lines = streams.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["tcp-connect", "imdsv1-credentials", "imdsv2-credentials"], lines.Select(l => l.GetProperty("check").GetString()));
        Assert.All(lines, l => Assert.Equal(
            ["check", "endpoint", "address", "port", "outcome", "detail", "ms"], l.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("credentials: HTTP 401", lines[1].GetProperty("detail").GetString());
        Assert.Equal("probe: 3 checks: 3 reachable\n", streams.Error);
    }

    [Theory]
    [InlineData("default", new string[0])]
    [InlineData("aws-emulator", new[] { "--provider", "aws", "--endpoint-override", "aws-imds=127.0.0.1:18080", "--endpoint-override",
        "aws-imds=[::1]:18080", "--target", "127.0.0.1", "--target", "::1", "--dns-name", "none", "--egress", "none", "--timeout", "0.5" })]
    public void Should_match_golden_When_printing_the_script(string name, string[] args)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(["probe", "--print-script", .. args]);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, streams.Error);
        GoldenFile.Verify(streams.Output, "probe", name, "sh");
    }

    [Theory]
    [InlineData(new[] { "--provider", "awz" }, "error: --provider: unknown provider \"awz\"; expected one of ")]
    [InlineData(new[] { "--endpoint-override", "aws-imds" }, "error: --endpoint-override aws-imds: no endpoint id before =; expected ID=ADDRESS:PORT")]
    [InlineData(new[] { "--endpoint-override", "aws-imds=127.0.0.1" }, "error: --endpoint-override aws-imds=127.0.0.1: \"127.0.0.1\" is not an IP address with a port;")]
    [InlineData(new[] { "--target", "metadata.google.internal" }, "error: --target metadata.google.internal: not an IP address; expected ADDRESS[:PORT]")]
    [InlineData(new[] { "--dns-name", "a b" }, "error: --dns-name a b: not a name; expected a DNS name")]
    [InlineData(new[] { "--egress", "x\"y:443" }, "error: --egress x\"y:443: not a host; expected HOST[:PORT] (port 443 unless given), or none")]
    [InlineData(new[] { "--timeout", "0" }, "error: --timeout 0: out of range; expected 0.05 to 60 seconds")]
    [InlineData(new[] { "--provider", "gcp", "--endpoint-override", "aws-imds=127.0.0.1:1" },
        "error: --endpoint-override aws-imds: not a credential endpoint of the chosen providers; expected one of gcp-metadata")]
    [InlineData(new[] { "--target", "10.0.0.1" }, "error: --target 10.0.0.1: none of the chosen endpoints listens there")]
    public void Should_exit_2_before_sending_anything_When_a_value_is_bad(string[] args, string error)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(["probe", "--print-script", .. args]);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.StartsWith(error, streams.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, streams.Output);
    }
}
