namespace MetaFence.Cli.Tests.Commands;

/// <summary>Bad usage of <c>explain</c>: refused with exit 2 before any file is read.</summary>
public sealed class ExplainCommandTests
{
    private const string Grammar = "expected ADDRESS[:PORT][/PROTOCOL], e.g. 169.254.169.254, 169.254.169.254:80/TCP or [fd00:ec2::254]:80";

    [Fact]
    public void Should_exit_2_with_the_parser_message_When_from_is_missing()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("explain", "-f", "x.yaml", "--to", "169.254.169.254");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal("error: Option '--from' is required.\nhint: metafence explain --help lists the options\n", streams.Error);
    }

    [Fact]
    public void Should_exit_2_and_name_the_provider_When_the_provider_is_unknown()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("explain", "-f", "x.yaml", "--from", "x/web", "--provider", "gce");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.StartsWith("error: --provider: unknown provider \"gce\"; expected one of ", streams.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("169.254.169.254:0", "port \"0\" is not a number from 1 to 65535")]
    [InlineData("169.254.169.254:http", "port \"http\" is not a number from 1 to 65535")]
    [InlineData("169.254.169.254/32", "169.254.169.254/32 is a CIDR, not one address")]
    [InlineData("169.254.169.254:80/ICMP", "unknown protocol \"ICMP\" (TCP, UDP or SCTP)")]
    [InlineData("metadata.google.internal", "\"metadata.google.internal\" is not an IP address")]
    [InlineData("[fd00:ec2::254", "a bracketed IPv6 address must end with ] or ]:PORT")]
    public void Should_exit_2_and_explain_the_grammar_When_a_destination_is_bad(string to, string problem)
    {
        using var streams = new TestStreams();

        var exit = streams.Run("explain", "-f", "x.yaml", "--from", "x/web", "--to", to);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal($"error: --to {to}: {problem}; {Grammar}\n", streams.Error);
        Assert.Equal(string.Empty, streams.Output);
    }

    [Fact]
    public void Should_report_every_bad_destination_not_just_the_first()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("explain", "-f", "x.yaml", "--from", "x/web", "--to", "a.b", "169.254.169.254", "::1:99999:1:");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal(2, streams.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
