using System.Text.Json.Nodes;
using MetaFence.Testing.FakeApi;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>
/// The real kubectl against the fake, reading lists and discovery: the check that the fake speaks the protocol
/// (KubectlWriteTests covers apply, delete and logs).
/// </summary>
public sealed class KubectlTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private FakeApiServer _server = null!; // Set in InitializeAsync, before any test runs.

    private string Kubeconfig => Path.Combine(_folder.Path, "kubeconfig");

    public async Task InitializeAsync()
    {
        _server = await FakeApiServer.StartAsync();
        _server.Cluster.Add(string.Join("\n---\n", FakeObjects.Pod("x", "a"), FakeObjects.Pod("x", "b"), FakeObjects.Pod("y", "c")));
        _server.WriteKubeconfig(Kubeconfig);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_print_every_pod_as_a_json_list_When_running_get_pods_all_namespaces()
    {
        var (exit, output, error) = await Kubectl.RunAsync(Kubeconfig, "get", "pods", "-A", "-o", "json");

        Assert.True(exit == 0, error);
        var list = JsonNode.Parse(output)!.AsObject(); // kubectl printed JSON: exit 0.
        Assert.Equal(["x/a", "x/b", "y/c"], list["items"]!.AsArray().Select(i => $"{i!["metadata"]!["namespace"]}/{i["metadata"]!["name"]}"));
        Assert.All(list["items"]!.AsArray(), i => Assert.Equal("Pod", i!["kind"]!.ToString()));
    }

    [Fact]
    public async Task Should_fetch_pages_with_continue_tokens_When_running_get_with_a_chunk_size()
    {
        var (exit, output, error) = await Kubectl.RunAsync(Kubeconfig, "get", "pods", "-A", "--chunk-size=2");

        Assert.True(exit == 0, error);
        Assert.Equal(["NAMESPACE NAME AGE", "x a", "x b", "y c"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(l.StartsWith("NAMESPACE", StringComparison.Ordinal) ? 3 : 2))));
        var lists = _server.Requests.Where(r => r.Verb == "list").ToList();
        Assert.Equal(2, lists.Count);
        Assert.All(lists, r => Assert.Equal("2", r.QueryValue("limit")));
        Assert.Null(lists[0].QueryValue("continue"));
        Assert.NotNull(lists[1].QueryValue("continue"));
    }

    [Fact]
    public async Task Should_list_built_in_and_custom_resources_When_running_api_resources()
    {
        _server.Cluster.AddCustomResourceDefinition("policy.networking.k8s.io", "v1alpha2", "ClusterNetworkPolicy", "clusternetworkpolicies", namespaced: false);

        var (exit, output, error) = await Kubectl.RunAsync(Kubeconfig, "api-resources");

        Assert.True(exit == 0, error);
        var rows = output.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("networkpolicies networking.k8s.io/v1 true NetworkPolicy", rows);
        Assert.Contains("pods v1 true Pod", rows);
        Assert.Contains("clusternetworkpolicies policy.networking.k8s.io/v1alpha2 false ClusterNetworkPolicy", rows);
    }

    [Fact]
    public async Task Should_print_the_servers_forbidden_message_When_a_restricted_user_lists_everywhere()
    {
        _server.AddUser("reader", new FakeRbacRule(["get", "list"], "", "pods", "x"));
        var readerConfig = _server.WriteKubeconfig(Path.Combine(_folder.Path, "reader"), "reader");

        var everywhere = await Kubectl.RunAsync(readerConfig, "get", "pods", "-A");
        var inX = await Kubectl.RunAsync(readerConfig, "get", "pods", "-n", "x", "-o", "name");

        Assert.Equal(1, everywhere.Exit);
        Assert.Equal("Error from server (Forbidden): pods is forbidden: User \"reader\" cannot list resource \"pods\" in API group \"\" at the cluster scope\n", everywhere.Error);
        Assert.Equal((0, "pod/a\npod/b\n"), (inX.Exit, inX.Output));
    }
}
