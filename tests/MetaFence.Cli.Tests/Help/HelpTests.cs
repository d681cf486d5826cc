using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.Help;

public sealed class HelpTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("audit")]
    [InlineData("explain")]
    [InlineData("verify")]
    [InlineData("trace")]
    public void Should_match_golden_When_asking_for_help(string command)
    {
        using var streams = new TestStreams();
        string[] args = command == "root" ? ["--help"] : [command, "--help"];

        var exit = streams.Run(args);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, streams.Error);
        GoldenFile.Verify(streams.Output, "help", command, "txt");
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("explain")]
    [InlineData("verify")]
    [InlineData("trace")]
    public void Should_end_each_command_description_with_an_example(string command)
    {
        using var streams = new TestStreams();

        streams.Run(command, "--help");

        var description = streams.Output.Split("\n\n")[0];
        Assert.StartsWith($"  Example: metafence {command} ", description.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_with_a_hint_When_no_command_is_given()
    {
        using var streams = new TestStreams();

        var exit = streams.Run();

        Assert.Equal(2, exit);
        Assert.Equal("error: Required command was not provided.\nhint: metafence --help lists the options\n", streams.Error);
    }
}
