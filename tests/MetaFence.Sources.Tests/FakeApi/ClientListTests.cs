using k8s;
using k8s.Autorest;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>The fake's lists, paging and discovery as the official KubernetesClient sees them.</summary>
public sealed class ClientListTests
{
    [Fact]
    public async Task Should_return_every_pod_once_in_key_order_When_listing_1200_pods_in_pages_of_100()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pods(1200, namespaces: 3));
        using var client = new Kubernetes(server.ClientConfiguration());

        var names = new List<string>();
        var pages = 0;
        string? token = null;
        string? firstVersion = null;
        do
        {
            var page = await client.CoreV1.ListPodForAllNamespacesAsync(limit: 100, continueParameter: token);
            firstVersion ??= page.Metadata.ResourceVersion;
            Assert.Equal(firstVersion, page.Metadata.ResourceVersion);
            names.AddRange(page.Items.Select(p => $"{p.Metadata.NamespaceProperty}/{p.Metadata.Name}"));
            token = page.Metadata.ContinueProperty;
            pages++;
            Assert.Equal(token is null ? null : 1200 - names.Count, page.Metadata.RemainingItemCount);
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(12, pages);
        Assert.Equal(1200, names.Distinct().Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Should_serve_later_pages_from_the_first_pages_snapshot_When_objects_change_between_pages()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pods(4));
        using var client = new Kubernetes(server.ClientConfiguration());

        var first = await client.CoreV1.ListNamespacedPodAsync("ns-0", limit: 2);
        server.Cluster.Add(FakeObjects.Pod("ns-0", "pod-9999"));
        Assert.True(server.Cluster.Delete("v1", "Pod", "ns-0", "pod-0003"));
        var second = await client.CoreV1.ListNamespacedPodAsync("ns-0", limit: 2, continueParameter: first.Metadata.ContinueProperty);

        Assert.Equal(["pod-0002", "pod-0003"], second.Items.Select(p => p.Metadata.Name));
        Assert.Null(second.Metadata.ContinueProperty);
        Assert.Equal(first.Metadata.ResourceVersion, second.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Should_fail_with_410_Expired_When_the_continue_token_has_expired()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pods(10));
        using var client = new Kubernetes(server.ClientConfiguration());
        var first = await client.CoreV1.ListPodForAllNamespacesAsync(limit: 3);

        server.ExpireContinueTokens();
        var error = await Assert.ThrowsAsync<HttpOperationException>(() =>
            client.CoreV1.ListPodForAllNamespacesAsync(limit: 3, continueParameter: first.Metadata.ContinueProperty));

        Assert.Equal(410, (int)error.Response.StatusCode);
        var status = KubernetesJson.Deserialize<k8s.Models.V1Status>(error.Response.Content);
        Assert.Equal("Expired", status.Reason);
        Assert.StartsWith("The provided continue parameter is too old to display a consistent list result.", status.Message, StringComparison.Ordinal);
        var resumed = await client.CoreV1.ListPodForAllNamespacesAsync(limit: 100, continueParameter: status.Metadata.ContinueProperty);
        Assert.Equal(7, resumed.Items.Count);
    }

    [Fact]
    public async Task Should_cap_the_page_When_the_limit_exceeds_the_servers_maximum()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.MaxPageSize = 4;
        server.Cluster.Add(FakeObjects.Pods(10));
        using var client = new Kubernetes(server.ClientConfiguration());

        var page = await client.CoreV1.ListPodForAllNamespacesAsync(limit: 500);

        Assert.Equal(4, page.Items.Count);
        Assert.Equal(6, page.Metadata.RemainingItemCount);
    }

    [Theory]
    [InlineData("app=web", null, 2)]
    [InlineData("app in (web,db)", null, 3)]
    [InlineData("app notin (web)", null, 2)]
    [InlineData("app!=web", null, 2)]
    [InlineData("app", null, 3)]
    [InlineData("!app", null, 1)]
    [InlineData(null, "metadata.name=b", 1)]
    [InlineData("app=web", "metadata.name!=a", 1)]
    public async Task Should_filter_by_selectors_When_listing(string? labelSelector, string? fieldSelector, int expected)
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(string.Join("\n---\n", FakeObjects.Pod("x", "a"), FakeObjects.Pod("x", "b"), FakeObjects.Pod("x", "c", app: "db"),
            "{apiVersion: v1, kind: Pod, metadata: {name: d, namespace: x}}"));
        using var client = new Kubernetes(server.ClientConfiguration());

        var pods = await client.CoreV1.ListNamespacedPodAsync("x", labelSelector: labelSelector, fieldSelector: fieldSelector);

        Assert.Equal(expected, pods.Items.Count);
    }

    [Fact]
    public async Task Should_list_core_and_group_resources_When_discovering()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.AddCustomResourceDefinition("policy.networking.k8s.io", "v1alpha2", "ClusterNetworkPolicy", "clusternetworkpolicies", namespaced: false);
        using var client = new Kubernetes(server.ClientConfiguration());

        var core = await client.CoreV1.GetAPIResourcesAsync();
        var groups = await client.Apis.GetAPIVersionsAsync();
        var networking = await client.NetworkingV1.GetAPIResourcesAsync();
        var version = await client.Version.GetCodeAsync();

        Assert.Contains(core.Resources, r => r is { Name: "pods", Namespaced: true, Kind: "Pod" });
        Assert.Contains(core.Resources, r => r.Name == "pods/log");
        Assert.Contains(groups.Groups, g => g.Name == "policy.networking.k8s.io" && g.PreferredVersion.Version == "v1alpha2");
        Assert.Contains(networking.Resources, r => r.Name == "networkpolicies");
        Assert.Equal("1", version.Major);
    }
}
