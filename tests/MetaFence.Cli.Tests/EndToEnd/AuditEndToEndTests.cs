using System.Text.Json;

namespace MetaFence.Cli.Tests.EndToEnd;

/// <summary>
/// <c>audit</c> from files to exit code, through the real loader, catalog, engine and rules.
/// These need ManifestLoader, EndpointCatalog, EgressEngine and Auditor (filter: Needs=Engine).
/// </summary>
[Trait("Needs", "Engine")]
public sealed class AuditEndToEndTests : IDisposable
{
    private readonly TinyCluster _cluster = new();

    [Fact]
    public void Should_exit_1_and_show_the_reachable_subjects_When_a_pod_reaches_metadata()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "-f", _cluster.Folder, "--provider", "aws", "--format", "json");

        Assert.Equal((int)ExitCodes.Findings, exit);
        using var json = JsonDocument.Parse(streams.Output);
        Assert.Equal("metafence.audit/v1", json.RootElement.GetProperty("schema").GetString());
        Assert.True(AwsImds(json, "x", "web").GetProperty("reachable").GetBoolean());
        Assert.True(AwsImds(json, "y", "agent").GetProperty("reachable").GetBoolean());
        Assert.False(AwsImds(json, "y", "api").GetProperty("reachable").GetBoolean());
        Assert.Equal(string.Empty, streams.Error);
    }

    [Fact]
    public void Should_exit_0_When_fail_on_is_none()
    {
        using var streams = new TestStreams();

        Assert.Equal((int)ExitCodes.Ok, streams.Run("audit", "-f", _cluster.Folder, "--fail-on", "none"));
        Assert.EndsWith("can reach a credential endpoint", streams.Output.TrimEnd().Split('\n')[^1].Split(';')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_stdin_When_the_path_is_a_dash()
    {
        using var streams = new TestStreams(TinyCluster.Workloads);

        streams.Run("audit", "-f", "-", "--format", "json", "--fail-on", "none");

        using var json = JsonDocument.Parse(streams.Output);
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("subjects").GetInt32());
    }

    [Fact]
    public void Should_print_each_load_diagnostic_on_stderr_and_exit_2_but_still_audit_the_rest()
    {
        File.WriteAllText(_cluster.PathOf("broken.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: [\n");
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "-f", _cluster.Folder, "--format", "json");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.All(streams.Error.TrimEnd().Split('\n'), line => Assert.Matches("^(error|fatal|warning): .*broken.yaml: document 1: ", line));
        using var json = JsonDocument.Parse(streams.Output);
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("subjects").GetInt32());
    }

    [Fact]
    public void Should_write_the_file_whole_and_nothing_to_stdout_When_output_is_given()
    {
        var path = _cluster.PathOf("out.sarif");
        using var streams = new TestStreams();

        streams.Run("audit", "-f", _cluster.Folder, "--format", "sarif", "-o", path);

        Assert.Equal(string.Empty, streams.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.StartsWith($"wrote: {path} (sarif): ", streams.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(_cluster.Folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_exit_2_and_name_the_folder_When_the_output_folder_does_not_exist()
    {
        var path = Path.Combine(_cluster.Folder, "missing", "out.json");
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "-f", _cluster.PathOf("workloads.yaml"), "--format", "json", "-o", path);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal(
            $"error: --output {path}: the folder {Path.GetDirectoryName(path)} does not exist; expected a file path in an existing, writable folder\n",
            streams.Error);
    }

    [Fact]
    public void Should_list_the_valid_providers_When_one_is_unknown()
    {
        using var streams = new TestStreams();

        streams.Run("audit", "-f", _cluster.Folder, "--provider", "awz");

        Assert.Contains("expected one of ", streams.Error, StringComparison.Ordinal);
        Assert.Contains("aws", streams.Error.Split("expected one of ")[1], StringComparison.Ordinal);
    }

    public void Dispose() => _cluster.Dispose();

    private static JsonElement AwsImds(JsonDocument json, string ns, string name) =>
        json.RootElement.GetProperty("subjects").EnumerateArray()
            .Single(s => s.GetProperty("namespace").GetString() == ns && s.GetProperty("name").GetString() == name)
            .GetProperty("endpoints").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "aws-imds");
}
