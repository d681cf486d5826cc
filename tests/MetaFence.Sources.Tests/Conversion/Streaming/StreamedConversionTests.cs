using System.Text;
using System.Text.Json;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Conversion;
using MetaFence.Sources.Conversion.Streaming;
using MetaFence.Sources.Files;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion.Streaming;

public class StreamedConversionTests
{
    [Fact]
    public void Should_convert_a_pod_as_the_client_models_do_When_the_streamed_reader_reads_it()
    {
        // Given: the realistic pod of the kubectl dump (sidecar, init container with ports, managed
        // fields, probes, env, volumes, statuses, dual-stack addresses), read by the models.
        var typed = Assert.Single(LoadDescription.Load(LoadDescription.KubectlDump, streamed: false).Snapshot.Pods, p => p.Name.StartsWith("web-", StringComparison.Ordinal));

        // When: the streamed reader reads the same item's bytes on its own.
        var item = ItemBytes(LoadDescription.KubectlDump, index: 5);
        var journal = new LoadJournal();
        var snapshot = new SnapshotAccumulator(new DiagnosticList(journal), journal);
        var reader = new Utf8JsonReader(item);
        reader.Read();
        var read = new StreamedObjectReader("default", snapshot).TryRead(ref reader, null, new StreamedSite("kubectl-dump.json", 1, 5, typed.Location?.Line ?? 0, _ => 0), out var leansOnHint);

        // Then: the same pod, and it is what the dump says.
        Assert.Equal(StreamedRead.Read, read);
        Assert.False(leansOnHint);
        var streamed = Assert.Single(snapshot.Build().Pods);
        Assert.Equal(new ObjectRef("ReplicaSet", "shop", "web-7d9c5b6f4d"), streamed.Owner);
        Assert.Equal(new ObjectRef("Deployment", "shop", "web"), typed.Owner);
        Assert.Equal(LoadDescription.Describe(typed), LoadDescription.Describe(streamed with { Owner = typed.Owner }));
        Assert.Equal(["10.64.3.17", "fd00:10:64:3::17"], streamed.Ips.Select(ip => ip.ToString()));
        Assert.Equal(
            [new("http", 8080, Protocol.TCP), new("metrics", 9090, Protocol.TCP), new("metrics", 2020, Protocol.TCP), new("envoy", 15001, Protocol.TCP), new(null, 15090, Protocol.TCP)],
            streamed.Ports.AsEnumerable<ContainerPort>());
        Assert.Equal(typed.Labels, streamed.Labels);
        Assert.Equal(["registry.example.com/risk/profile:1.14.5", "cr.fluentbit.io/fluent/fluent-bit:3.2.7", "registry.example.com/mesh/proxy:1.22"], streamed.Images.AsEnumerable());
        Assert.Equal("linux", streamed.OsSelector);
    }

    [Fact]
    public void Should_give_the_snapshot_the_client_models_give_When_a_kubectl_dump_is_streamed()
    {
        var typed = LoadDescription.Load(LoadDescription.KubectlDump, streamed: false);

        var streamed = LoadDescription.Load(LoadDescription.KubectlDump);

        Assert.Equal(LoadDescription.Describe(typed), LoadDescription.Describe(streamed));
        Assert.Empty(streamed.Diagnostics);
        Assert.Equal(
            ["kube-system/node-agent-9kq2m", "shop/db", "shop/debug", "shop/web-7d9c5b6f4d-x2kfp"],
            streamed.Snapshot.Pods.Select(p => p.ToString()));
        Assert.Equal(1, streamed.Snapshot.SkippedTerminatedPods);
    }

    [Fact]
    public void Should_have_every_captured_field_in_the_models_When_the_schemas_are_built()
    {
        Assert.All(StreamedKind.All, kind => Assert.Equal(SchemaKind.Object, kind.Schema.Kind));
    }

    [Fact]
    public void Should_word_a_type_error_as_the_models_do_When_a_pod_in_a_big_list_has_one()
    {
        // Given: a list of 2,000 pods; three have a value of the wrong type, one in a field the
        // streamed reader keeps and two in fields it only checks (resources, env).
        using var folder = new TempFolder();
        var pods = Enumerable.Range(0, 2000).Select(i => i switch
        {
            700 => Pod(i, "\"ports\": [{\"containerPort\": \"http\"}]"),
            1200 => Pod(i, "\"resources\": {\"limits\": {\"cpu\": \"lots\"}}"),
            1900 => Pod(i, "\"env\": [{\"name\": \"A\", \"value\": 1}]"),
            _ => Pod(i, "\"ports\": [{\"containerPort\": 8080}]"),
        });
        var path = folder.Write("dump.json", "{\"apiVersion\": \"v1\", \"items\": [\n" + string.Join(",\n", pods) + "\n], \"kind\": \"List\"}\n");

        // When
        var streamed = LoadDescription.Load(path, bufferSize: 4096);

        // Then: the diagnostics of the client models, word for word, with their lines.
        Assert.Equal(1997, streamed.Snapshot.Pods.Length);
        Assert.Equal(
            [
                $"{path}: document 1: items[700].spec.containers[0].ports[0].containerPort: \"http\" is not an integer; expected a whole number (line 2103)",
                $"{path}: document 1: items[1200].spec.containers[0].resources.limits.cpu: \"lots\" is not a quantity; expected a quantity, e.g. 500m or 2Gi (line 3603)",
                $"{path}: document 1: items[1900].spec.containers[0].env[0].value: 1 is not a string; expected a string (put it in quotes: \"1\") (line 5703)",
            ],
            streamed.Diagnostics.Select(d => $"{d} (line {d.Location.Line})"));
        Assert.Equal(LoadDescription.Describe(LoadDescription.Load(path, streamed: false)), LoadDescription.Describe(streamed));
    }

    [Fact]
    public void Should_skip_managed_fields_and_annotations_unchecked_When_the_models_or_the_streamed_reader_read_them()
    {
        // Given: pods whose managedFields and annotations hold values of the wrong type (nothing
        // MetaFence reads comes from them), and one pod with a wrong type in a field it does check.
        using var folder = new TempFolder();
        var pods = Enumerable.Range(0, 2000).Select(i => i switch
        {
            300 => Pod(i, "\"ports\": [{\"containerPort\": 8080}]", metadata: ", \"managedFields\": 5"),
            600 => Pod(i, "\"ports\": [{\"containerPort\": 8080}]", metadata: ", \"annotations\": {\"note\": 1, \"other\": [true]}"),
            900 => Pod(i, "\"ports\": [{\"containerPort\": 8080}]", metadata: ", \"managedFields\": [{\"manager\": 7, \"fieldsV1\": \"x\"}], \"annotations\": \"x\""),
            1500 => Pod(i, "\"ports\": [{\"containerPort\": \"http\"}]"),
            _ => Pod(i, "\"ports\": [{\"containerPort\": 8080}]"),
        });
        var path = folder.Write("dump.json", "{\"apiVersion\": \"v1\", \"items\": [\n" + string.Join(",\n", pods) + "\n], \"kind\": \"List\"}\n");

        // When
        var streamed = LoadDescription.Load(path, bufferSize: 4096);
        var typed = LoadDescription.Load(path, streamed: false);

        // Then: only the checked field is reported, the same by both readers; the others are loaded.
        Assert.Equal(1999, streamed.Snapshot.Pods.Length);
        Assert.Contains(streamed.Snapshot.Pods, p => p.Name == "p900");
        Assert.Equal([$"{path}: document 1: items[1500].spec.containers[0].ports[0].containerPort: \"http\" is not an integer; expected a whole number"],
            streamed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(streamed.Diagnostics.Select(d => d.ToString()), typed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(LoadDescription.Describe(typed), LoadDescription.Describe(streamed));
    }

    private static string Pod(int i, string container, string metadata = "") =>
        $"{{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {{\"name\": \"p{i}\", \"namespace\": \"ns{i % 7}\", \"labels\": {{\"app\": \"a{i % 5}\"}}{metadata}}},\n"
        + $" \"spec\": {{\"nodeName\": \"node-1\", \"containers\": [{{\"name\": \"c\", {container}}}]}},\n"
        + $" \"status\": {{\"phase\": \"Running\", \"podIP\": \"10.0.{i / 256}.{i % 256}\"}}}}";

    /// <summary>The bytes of one item of a List file.</summary>
    private static byte[] ItemBytes(string path, int index)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return Encoding.UTF8.GetBytes(document.RootElement.GetProperty("items")[index].GetRawText());
    }
}
