using MetaFence.Sources.Files;
using MetaFence.Sources.Live;
using MetaFence.Testing.FakeApi;
using MetaFence.Testing.World;

namespace MetaFence.Sources.Tests.Live;

/// <summary>The <c>--save-snapshot</c> dump: a v1 List the file loader reads back to the snapshot the live read built.</summary>
public sealed class LiveDumpTests
{
    private const string Objects = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop, labels: {team: web}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: no-metadata, namespace: shop}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}]
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: node-1, labels: {kubernetes.io/os: linux}}
        status: {addresses: [{type: InternalIP, address: 10.0.0.1}]}
        """;

    [Fact]
    public async Task Should_load_the_live_snapshot_again_When_the_dump_is_read_as_a_file()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(Objects);
        server.Cluster.Add(LiveCluster.Pods(12, namespaces: 2));

        var live = await LiveCluster.ReadAsync(server, options: LiveCluster.Options(pageSize: 5));
        var replay = Replay(live);

        Assert.Empty(replay.Diagnostics);
        Assert.Equal(SnapshotText.Describe(live.Load.Snapshot), SnapshotText.Describe(replay.Snapshot));
        Assert.Equal(live.Load.Snapshot.Pods.Length, replay.Snapshot.Pods.Length);
    }

    [Fact]
    public async Task Should_keep_a_refused_resource_unreadable_When_the_dump_is_replayed()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.AddUser("auditor", LiveCluster.ReaderRules(without: "networkpolicies"));
        server.Cluster.Add(Objects);

        var live = await LiveCluster.ReadAsync(server, "auditor");
        var replay = Replay(live);

        Assert.Empty(replay.Diagnostics);
        Assert.Empty(replay.Snapshot.NetworkPolicies);
        Assert.Equal(live.Load.Snapshot.Unreadable.Select(u => (u.Resource, u.Namespace, u.Reason)), replay.Snapshot.Unreadable.Select(u => (u.Resource, u.Namespace, u.Reason)));
        Assert.Equal("networkpolicies", Assert.Single(replay.Snapshot.Unreadable).Resource);
    }

    [Fact]
    public void Should_report_the_item_When_an_UnreadableResource_names_no_resource()
    {
        var result = ManifestLoader.LoadText("dump.yaml", "apiVersion: metafence.io/v1\nkind: UnreadableResource\nmetadata: {name: x}\n", new LoadOptions());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("dump.yaml: document 1: resource: an UnreadableResource names no resource; expected the plural name of the resource that could not be read, e.g. networkpolicies", diagnostic.ToString());
        Assert.Empty(result.Snapshot.Unreadable);
    }

    private static LoadResult Replay(LiveReadResult live)
    {
        using var dump = new MemoryStream();
        live.WriteDump(dump);
        return ManifestLoader.LoadText("dump.json", System.Text.Encoding.UTF8.GetString(dump.ToArray()), new LoadOptions());
    }
}
