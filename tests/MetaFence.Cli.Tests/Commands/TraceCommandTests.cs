using System.Text.Json;
using MetaFence.Cli.Tests.EndToEnd;
using MetaFence.Testing.Loading;

namespace MetaFence.Cli.Tests.Commands;

/// <summary>Bad input for <c>trace</c>: missing or wrong exports, truncated JSON, nodes the exports do not cover; and <c>-o</c>.</summary>
public sealed class TraceCommandTests
{
    private const string Cluster = """
        apiVersion: v1
        kind: Node
        metadata: {name: ip-10-0-0-9.internal}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: app}
        spec: {nodeName: ip-10-0-0-9.internal, containers: [{name: web, image: web}]}
        """;

    private const string Instances = """
        {"Reservations": [{"Instances": [{"InstanceId": "i-0000000000000009", "PrivateDnsName": "ip-10-0-0-9.internal",
          "Placement": {"AvailabilityZone": "eu-west-1a"},
          "MetadataOptions": {"HttpTokens": "optional", "HttpPutResponseHopLimit": 1, "HttpEndpoint": "enabled"}}]}]}
        """;

    [Fact]
    public void Should_exit_2_and_say_what_is_missing_When_no_export_is_given()
    {
        using var folder = new TempFolder();
        using var streams = new TestStreams();

        var exit = streams.Run("trace", "-f", folder.Write("c.yaml", Cluster));

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal("error: trace: no cloud export was given; expected --aws-instances FILE (with --aws-iam FILE) or --gcp-node-pools FILE\n", streams.Error);
        Assert.Equal(string.Empty, streams.Output);
    }

    [Fact]
    public void Should_exit_2_without_output_When_the_only_export_is_of_the_wrong_kind()
    {
        using var folder = new TempFolder();
        using var streams = new TestStreams();
        var iam = folder.Write("iam.json", """{"RoleDetailList": [], "Policies": [], "UserDetailList": [], "GroupDetailList": []}""");

        var exit = streams.Run("trace", "-f", folder.Write("c.yaml", Cluster), "--aws-instances", iam);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Contains("fatal: " + iam + ": document 1: .: this looks like", streams.Error, StringComparison.Ordinal);
        Assert.EndsWith("error: trace: no cloud export could be read; expected --aws-instances FILE (with --aws-iam FILE) or --gcp-node-pools FILE\n", streams.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, streams.Output);
    }

    [Fact]
    public void Should_trace_with_what_is_usable_and_exit_2_When_one_export_is_truncated()
    {
        using var folder = new TempFolder();
        using var streams = new TestStreams();

        var exit = streams.Run("trace", "-f", folder.Write("c.yaml", Cluster), "--aws-instances", folder.Write("i.json", Instances),
            "--aws-iam", folder.Write("iam.json", """{"RoleDetailList": [{"RoleName": "x", """), "--format", "json");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Contains("iam.json: nothing usable was read; continuing without it", streams.Error, StringComparison.Ordinal);
        Assert.Contains("\"schema\": \"metafence.trace/v1\"", streams.Output, StringComparison.Ordinal);
        Assert.Contains("IMDSv1 allowed, hop limit 1", streams.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_no_credentials_When_the_instance_has_no_profile_and_the_node_no_provider_id()
    {
        using var folder = new TempFolder();
        using var streams = new TestStreams();

        var exit = streams.Run("trace", "-f", folder.Write("c.yaml", Cluster), "--aws-instances", folder.Write("i.json", Instances));

        // Matched by private DNS name (no providerID); no instance profile: IMDS hands out no role.
        Assert.Equal((int)ExitCodes.Findings, exit);
        Assert.Contains("note: instance i-0000000000000009 has no instance profile: IMDS hands out no role credentials", streams.Output, StringComparison.Ordinal);
        Assert.Contains("No attack path", streams.Output, StringComparison.Ordinal);
        Assert.Contains("MF020 IMDSv1 allowed on nodes", streams.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_uncovered_node_When_a_node_has_no_provider_id_and_no_instance_matches()
    {
        using var folder = new TempFolder();
        using var streams = new TestStreams();

        streams.Run("trace", "-f", folder.Write("c.yaml", Cluster.Replace("ip-10-0-0-9.internal", "worker-1", StringComparison.Ordinal)),
            "--aws-instances", folder.Write("i.json", Instances));

        Assert.Contains("note: posture unknown for 1 node(s) (worker-1): the node has no spec.providerID and no instance has its name as private DNS name", streams.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_the_page_to_the_file_and_the_summary_to_stderr_When_output_is_given()
    {
        using var folder = new TempFolder();
        using var page = new TestStreams();
        using var json = new TestStreams();
        using var file = new TestStreams();
        string[] trace = ["trace", "-f", folder.Write("c.yaml", Cluster), "--aws-instances", folder.Write("i.json", Instances)];
        var path = Path.Join(folder.Path, "trace.md");

        page.Run([.. trace, "--format", "markdown"]);
        json.Run([.. trace, "--format", "json"]);
        file.Run([.. trace, "--format", "markdown", "-o", path]);

        // The summary named on stderr is the one the JSON carries (summary.text).
        using var document = JsonDocument.Parse(json.Output);
        var summary = document.RootElement.GetProperty("summary").GetProperty("text").GetString();
        Assert.Equal(page.Output, File.ReadAllText(path));
        Assert.Equal(string.Empty, file.Output);
        Assert.Equal($"wrote: {path} (markdown): {summary}\n", file.Error);
    }

    [Fact]
    public void Should_exit_2_When_pod_hops_is_out_of_range()
    {
        using var folder = new TempFolder();
        using var streams = new TestStreams();

        var exit = streams.Run("trace", "-f", folder.Write("c.yaml", Cluster), "--aws-instances", folder.Write("i.json", Instances), "--pod-hops", "0");

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Equal("error: --pod-hops: 0 is out of range; expected 1 to 64 (the range of the EC2 hop limit)\n", streams.Error);
    }

    [Fact]
    public void Should_leave_the_audit_unchanged_When_no_export_is_given()
    {
        using var with = new TestStreams();
        using var without = new TestStreams();
        var cluster = TraceExampleGoldenTests.AwsArgs[1];

        with.Run("audit", "-f", cluster, "--cni", "calico");
        without.Run("audit", "-f", cluster);

        Assert.Equal(without.Output, with.Output);
    }
}
