using System.CommandLine;
using MetaFence.Cli;
using MetaFence.Cli.Commands;
using MetaFence.Imds.Tests.Support;
using Spectre.Console.Testing;

namespace MetaFence.Imds.Tests.Cli;

/// <summary>Bad usage of <c>imds serve</c> is refused with exit 2 before anything listens.</summary>
public sealed class ImdsCommandTests
{
    [Theory]
    [InlineData(new[] { "--hop-limit", "0" }, "error: --hop-limit 0: out of range; expected 1 to 64, as AWS HttpPutResponseHopLimit\n")]
    [InlineData(new[] { "--hop-limit", "65" }, "error: --hop-limit 65: out of range; expected 1 to 64, as AWS HttpPutResponseHopLimit\n")]
    [InlineData(new[] { "--role", "a/b" }, "error: --role a/b: not a role name; expected 1 to 64 of A-Z a-z 0-9 + = , . @ _ - (an IAM role name)\n")]
    [InlineData(new[] { "--listen", "127.0.0.1" }, "error: --listen 127.0.0.1: not an IP address with a port; expected ADDRESS[:PORT], "
        + "IPv6 in brackets when a port follows, e.g. 127.0.0.1:8080 or [fd00:ec2::254]:80\n")]
    [InlineData(new[] { "--listen", "metadata:80" }, "error: --listen metadata:80: not an IP address with a port; expected ADDRESS[:PORT], "
        + "IPv6 in brackets when a port follows, e.g. 127.0.0.1:8080 or [fd00:ec2::254]:80\n")]
    public void Should_exit_2_with_the_problem_When_a_value_is_bad(string[] args, string error)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(["imds", "serve", .. args]);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal(error, streams.Error);
    }

    [Theory]
    [InlineData(new[] { "imds", "serve", "--provider", "oracle" }, "error: Argument 'oracle' not recognized. Must be one of:")]
    [InlineData(new[] { "imds", "serve", "--imdsv2", "sometimes" }, "error: Argument 'sometimes' not recognized. Must be one of:")]
    [InlineData(new[] { "imds" }, "error: Required command was not provided.")]
    public void Should_exit_2_with_the_parser_message_When_usage_is_wrong(string[] args, string firstLine)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(args);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.StartsWith(firstLine, streams.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_2_and_say_why_When_the_address_is_not_on_this_machine()
    {
        // 192.0.2.0/24 is documentation space: binding fails locally, nothing is sent anywhere.
        var (exit, error) = await ServeAsync(["--listen", "192.0.2.254:18080"], cancelled: true);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("error: --listen 192.0.2.254:18080: cannot listen: ", error, StringComparison.Ordinal);
        Assert.EndsWith("; expected an address of this machine and a free port\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_announce_then_stop_with_exit_0_When_cancelled()
    {
        var (exit, error) = await ServeAsync(["--listen", "127.0.0.1:0", "--provider", "gcp", "--role", "lab-sa"], cancelled: true);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"^imds: gcp metadata emulator listening on 127\.0\.0\.1:\d+ \(role lab-sa\); Ctrl-C stops\nimds: stopped\n$", error);
    }

    [Fact]
    public async Task Should_warn_When_listening_beyond_loopback()
    {
        var (_, error) = await ServeAsync(["--listen", "0.0.0.0:0"], cancelled: true);

        Assert.StartsWith("warning: 0.0.0.0:", error, StringComparison.Ordinal);
        Assert.Contains(" is not loopback: whatever can reach it can read the fake credentials\n", error, StringComparison.Ordinal);
    }

    private static async Task<(ExitCodes Exit, string Error)> ServeAsync(string[] args, bool cancelled)
    {
        using var console = new TestConsole().Width(200);
        var command = new ImdsCommand(new StandardStreams(console, TextWriter.Null, TextReader.Null));
        var root = new RootCommand { command.Command };
        using var stop = new CancellationTokenSource();
        if (cancelled)
        {
            await stop.CancelAsync();
        }

        var exit = await command.HandleAsync(root.Parse(["imds", "serve", .. args]), console, TimeProvider.System, stop.Token);
        return (exit, console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
