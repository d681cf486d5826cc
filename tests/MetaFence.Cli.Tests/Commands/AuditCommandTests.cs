namespace MetaFence.Cli.Tests.Commands;

/// <summary>Bad usage of <c>audit</c>: refused with exit 2 before any file is read.</summary>
public sealed class AuditCommandTests
{
    [Fact]
    public void Should_exit_2_and_name_the_provider_When_the_provider_is_unknown()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "-f", "nowhere.yaml", "--provider", "aws,awz");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.StartsWith("error: --provider: unknown provider \"awz\"; expected one of ", streams.Error, StringComparison.Ordinal);
        Assert.EndsWith(", or all\n", streams.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, streams.Output);
    }

    // Plain "audit" is no usage error: without -f it reads the live cluster (tests/MetaFence.Cli.Tests/Live).
    [Theory]
    [InlineData(new[] { "audit", "-f", "x.yaml", "--format", "xml" }, "error: Argument 'xml' not recognized. Must be one of:")]
    [InlineData(new[] { "audit", "-f", "x.yaml", "--fail-on", "severe" }, "error: Argument 'severe' not recognized. Must be one of:")]
    [InlineData(new[] { "audit", "-f", "x.yaml", "--no-such-option" }, "error: Unrecognized command or argument '--no-such-option'.")]
    public void Should_exit_2_with_the_parser_message_and_a_hint_When_usage_is_wrong(string[] args, string firstLine)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(args);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.StartsWith(firstLine, streams.Error, StringComparison.Ordinal);
        Assert.EndsWith("hint: metafence audit --help lists the options\n", streams.Error, StringComparison.Ordinal);
    }
}
