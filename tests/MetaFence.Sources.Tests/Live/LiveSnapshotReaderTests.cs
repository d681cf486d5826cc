using MetaFence.Sources.Live;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.Live;

/// <summary>The live reader against the in-process API double: paging, 410 restarts, discovery, retries, refusals.</summary>
public sealed class LiveSnapshotReaderTests
{
    [Fact]
    public async Task Should_read_every_pod_exactly_once_When_the_list_spans_five_pages()
    {
        // Given 2,500 pods in 5 namespaces and the default page size of 500.
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(LiveCluster.Pods(2500, namespaces: 5));

        var result = await LiveCluster.ReadAsync(server);

        // Then each pod is in the snapshot once, read through 5 pages chained by continue tokens.
        var pods = result.Load.Snapshot.Pods.Where(p => !p.IsTemplate).ToList();
        Assert.Equal(2500, pods.Count);
        Assert.Equal(2500, pods.Select(p => $"{p.Namespace}/{p.Name}").Distinct(StringComparer.Ordinal).Count());
        var pages = server.Requests.Where(r => r.Path == "/api/v1/pods").ToList();
        Assert.Equal(5, pages.Count);
        Assert.All(pages, r => Assert.Equal("500", r.QueryValue("limit")));
        Assert.Null(pages[0].QueryValue("continue"));
        Assert.All(pages.Skip(1), r => Assert.NotNull(r.QueryValue("continue")));
        Assert.Empty(result.Load.Diagnostics);
        Assert.Equal(5, result.Load.Snapshot.Namespaces.Length);
    }

    [Fact]
    public async Task Should_restart_the_list_from_the_start_When_a_continue_token_expires_once()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(LiveCluster.Pods(30));
        server.Faults.Add(r => r.Path == "/api/v1/pods" && r.QueryValue("continue") is not null, 410, times: 1);

        var result = await LiveCluster.ReadAsync(server, options: LiveCluster.Options(pageSize: 10));

        Assert.Equal(30, result.Load.Snapshot.Pods.Count(p => !p.IsTemplate));
        Assert.Equal(30, result.Items - result.Listings.Where(l => l.Resource.Resource != "pods").Sum(l => l.Items));
        var starts = server.Requests.Count(r => r.Path == "/api/v1/pods" && r.QueryValue("continue") is null);
        Assert.Equal(2, starts);
        Assert.Empty(result.Load.Diagnostics);
    }

    [Fact]
    public async Task Should_fail_naming_the_resource_When_the_continue_token_expires_twice()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(LiveCluster.Pods(30));
        server.Faults.Add(r => r.Path == "/api/v1/pods" && r.QueryValue("continue") is not null, 410, times: 2);

        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(() => LiveCluster.ReadAsync(server, options: LiveCluster.Options(pageSize: 10)));

        Assert.Equal("the list of pods expired twice while paging (410 Gone: the continue token outlived the server's history)", error.Problem);
    }

    [Fact]
    public async Task Should_restart_When_the_server_really_expired_its_continue_tokens()
    {
        // Given the server's own expiry (as after etcd compaction) between the first and the second page.
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(LiveCluster.Pods(20));
        var expired = false;
        server.Faults.Add(
            r =>
            {
                if (!expired && r.Path == "/api/v1/pods" && r.QueryValue("continue") is not null)
                {
                    expired = true;
                    server.ExpireContinueTokens();
                }

                return false;
            },
            500);

        var result = await LiveCluster.ReadAsync(server, options: LiveCluster.Options(pageSize: 10));

        Assert.Equal(20, result.Load.Snapshot.Pods.Count(p => !p.IsTemplate));
        Assert.Contains(server.Requests, r => r.Path == "/api/v1/pods" && r.StatusCode == 410);
    }

    [Fact]
    public async Task Should_list_a_policy_kind_only_When_discovery_shows_its_API()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.AddCustomResourceDefinition("cilium.io", "v2", "CiliumClusterwideNetworkPolicy", "ciliumclusterwidenetworkpolicies", namespaced: false);
        server.Cluster.Add("""
            apiVersion: cilium.io/v2
            kind: CiliumClusterwideNetworkPolicy
            metadata: {name: deny-metadata}
            spec:
              endpointSelector: {}
              egressDeny:
              - toCIDR: [169.254.169.254/32]
            """);

        var result = await LiveCluster.ReadAsync(server);

        Assert.Equal("deny-metadata", Assert.Single(result.Load.Snapshot.CiliumPolicies).Name);
        Assert.Contains(result.Listed, r => r.Resource == "ciliumclusterwidenetworkpolicies");
        Assert.Contains(result.NotServed, r => r.Resource == "adminnetworkpolicies");
        Assert.DoesNotContain(server.Requests, r => r.Path.Contains("adminnetworkpolicies", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Requests, r => r.Path.Contains("ciliumnetworkpolicies", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_record_the_refusal_and_go_on_When_RBAC_forbids_listing_networkpolicies()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.AddUser("auditor", LiveCluster.ReaderRules(without: "networkpolicies"));
        server.Cluster.Add(LiveCluster.Pods(3));

        var result = await LiveCluster.ReadAsync(server, "auditor");

        var refusal = Assert.Single(result.Refused);
        Assert.Equal("networkpolicies.networking.k8s.io", refusal.Resource.Name);
        Assert.StartsWith("cannot list networkpolicies.networking.k8s.io across all namespaces (", refusal.Describe(), StringComparison.Ordinal);
        Assert.EndsWith("): every verdict that depends on NetworkPolicy is unknown", refusal.Describe(), StringComparison.Ordinal);
        var unreadable = Assert.Single(result.Load.Snapshot.Unreadable);
        Assert.Equal(("networkpolicies", (string?)null), (unreadable.Resource, unreadable.Namespace));
        Assert.Equal(3, result.Load.Snapshot.Pods.Length);
    }

    [Fact]
    public async Task Should_wait_as_told_and_succeed_When_the_server_answers_429_with_Retry_After()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(LiveCluster.Pods(2));
        server.Faults.Add(r => r.Path == "/api/v1/pods", 429, times: 2, retryAfter: TimeSpan.FromSeconds(7));
        var waits = new List<TimeSpan>();

        var result = await LiveCluster.ReadAsync(server, options: LiveCluster.Options(waits));

        Assert.Equal(2, result.Load.Snapshot.Pods.Length);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], waits);
    }

    [Fact]
    public async Task Should_fail_after_two_retries_When_the_server_keeps_answering_503()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Faults.Add(r => r.Path == "/api/v1/nodes", 503, times: 10);
        var waits = new List<TimeSpan>();

        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(() => LiveCluster.ReadAsync(server, options: LiveCluster.Options(waits)));

        Assert.Equal("the server failed while listing nodes (page 1) (503, still failing after retries)", error.Problem);
        Assert.Equal(3, server.Requests.Count(r => r.Path == "/api/v1/nodes"));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
    }

    [Fact]
    public async Task Should_stop_When_the_caller_cancels()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var connection = LiveCluster.Connect(server);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LiveSnapshotReader.ReadAsync(connection, LiveCluster.Options(), cancelled.Token));
    }
}
