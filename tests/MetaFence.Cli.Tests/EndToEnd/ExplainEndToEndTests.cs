using System.Text.Json;

namespace MetaFence.Cli.Tests.EndToEnd;

/// <summary>
/// <c>explain</c> from files to answer, through the real loader, catalog and engine
/// (filter: Needs=Engine).
/// </summary>
[Trait("Needs", "Engine")]
public sealed class ExplainEndToEndTests : IDisposable
{
    private readonly TinyCluster _cluster = new();

    [Fact]
    public void Should_answer_allowed_first_When_no_policy_isolates_the_workload()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("explain", "-f", _cluster.Folder, "--from", "x/web", "--to", "169.254.169.254");

        Assert.Equal((int)ExitCodes.Ok, exit);
        var lines = streams.Output.Split('\n');
        Assert.Equal("ALLOWED: x/web -> 169.254.169.254:80/TCP", lines[0]);
        Assert.Contains("    Deployment x/web has no pods in the input: answered for its pod template", lines);
    }

    [Fact]
    public void Should_name_the_policy_and_the_normalised_address_When_blocked()
    {
        using var streams = new TestStreams();

        streams.Run("explain", "-f", _cluster.Folder, "--from", "y/api", "--to", "0xA9FEA9FE", "--format", "json");

        using var json = JsonDocument.Parse(streams.Output);
        var answer = json.RootElement;
        Assert.False(answer.GetProperty("allowed").GetBoolean());
        Assert.Equal("block-metadata", answer.GetProperty("decidedBy")[0].GetProperty("name").GetString());
        Assert.Equal("0xA9FEA9FE", answer.GetProperty("to").GetProperty("askedAs").GetString());
        Assert.Equal("169.254.169.254", answer.GetProperty("to").GetProperty("address").GetString());
    }

    [Fact]
    public void Should_answer_every_pair_from_major_When_several_are_asked()
    {
        using var streams = new TestStreams();

        streams.Run(
            "explain", "-f", _cluster.Folder, "--from", "x/web", "--from", "y/agent",
            "--to", "169.254.169.254", "--to", "[fd00:ec2::254]:80/TCP", "--format", "json");

        using var json = JsonDocument.Parse(streams.Output);
        var pairs = json.RootElement.EnumerateArray()
            .Select(a => $"{a.GetProperty("from").GetProperty("name").GetString()} {a.GetProperty("to").GetProperty("address").GetString()}");
        Assert.Equal(["web 169.254.169.254", "web fd00:ec2::254", "agent 169.254.169.254", "agent fd00:ec2::254"], pairs);
    }

    [Fact]
    public void Should_ask_about_every_credential_endpoint_of_the_provider_When_to_is_omitted()
    {
        using var streams = new TestStreams();

        streams.Run("explain", "-f", _cluster.Folder, "--from", "y/api", "--provider", "aws");

        Assert.Contains("BLOCKED: y/api -> 169.254.169.254:80/TCP", streams.Output.Split('\n'));
        Assert.Contains("BLOCKED: y/api -> [fd00:ec2::254]:80/TCP", streams.Output.Split('\n'));
    }

    [Fact]
    public void Should_exit_2_and_suggest_close_names_When_from_is_not_found()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("explain", "-f", _cluster.Folder, "--from", "y/apj", "--to", "169.254.169.254");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal(
            "error: --from y/apj: no pod or workload y/apj in the input; did you mean y/api?; expected NAME, NAMESPACE/NAME or NAMESPACE/KIND/NAME\n",
            streams.Error);
        Assert.Equal(string.Empty, streams.Output);
    }

    public void Dispose() => _cluster.Dispose();
}
