using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>get, create and delete through the official client, with the real server's error statuses.</summary>
public sealed class ClientWriteTests
{
    [Fact]
    public async Task Should_stamp_uid_version_timestamp_and_generation_When_creating_a_pod()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());

        var created = await client.CoreV1.CreateNamespacedPodAsync(KubernetesYaml.Deserialize<V1Pod>(FakeObjects.Pod("x", "a")), "x");
        var read = await client.CoreV1.ReadNamespacedPodAsync("a", "x");

        Assert.False(string.IsNullOrEmpty(created.Metadata.Uid));
        Assert.NotNull(created.Metadata.CreationTimestamp);
        Assert.Equal(1, created.Metadata.Generation);
        Assert.Equal(created.Metadata.ResourceVersion, read.Metadata.ResourceVersion);
        Assert.Equal("web", read.Metadata.Labels["app"]);
    }

    [Fact]
    public async Task Should_create_the_labelled_namespace_When_adding_an_object_in_a_new_namespace()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pod("team-a", "a"));
        using var client = new Kubernetes(server.ClientConfiguration());

        var namespaces = await client.CoreV1.ListNamespaceAsync();

        var created = Assert.Single(namespaces.Items);
        Assert.Equal(("team-a", "team-a"), (created.Metadata.Name, created.Metadata.Labels["kubernetes.io/metadata.name"]));
    }

    [Fact]
    public async Task Should_fail_with_409_AlreadyExists_When_creating_a_pod_twice()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pod("x", "a"));
        using var client = new Kubernetes(server.ClientConfiguration());

        var error = await Assert.ThrowsAsync<HttpOperationException>(() =>
            client.CoreV1.CreateNamespacedPodAsync(KubernetesYaml.Deserialize<V1Pod>(FakeObjects.Pod("x", "a")), "x"));

        AssertStatus(error, HttpStatusCode.Conflict, "AlreadyExists", "pods \"a\" already exists");
    }

    [Fact]
    public async Task Should_fail_with_404_NotFound_When_reading_a_missing_policy()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.NetworkingV1.ReadNamespacedNetworkPolicyAsync("p", "x"));

        AssertStatus(error, HttpStatusCode.NotFound, "NotFound", "networkpolicies.networking.k8s.io \"p\" not found");
    }

    [Fact]
    public async Task Should_remove_the_pod_and_then_answer_404_When_deleting_twice()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.Pod("x", "a"));
        using var client = new Kubernetes(server.ClientConfiguration());

        var deleted = await client.CoreV1.DeleteNamespacedPodAsync("a", "x");
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.CoreV1.DeleteNamespacedPodAsync("a", "x"));

        Assert.Equal("a", deleted.Metadata.Name);
        Assert.Null(server.Cluster.Get("v1", "Pod", "x", "a"));
        AssertStatus(error, HttpStatusCode.NotFound, "NotFound", "pods \"a\" not found");
    }

    [Fact]
    public async Task Should_fail_with_401_When_the_token_is_unknown()
    {
        await using var server = await FakeApiServer.StartAsync();
        var configuration = server.ClientConfiguration();
        configuration.AccessToken = "stolen";
        using var client = new Kubernetes(configuration);

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.CoreV1.ListNamespaceAsync());

        AssertStatus(error, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        Assert.Equal(("GET", "/api/v1/namespaces", "", 401), server.Requests.Select(r => (r.Method, r.Path, r.User, r.StatusCode)).Single());
    }

    internal static void AssertStatus(HttpOperationException error, HttpStatusCode code, string reason, string message)
    {
        Assert.Equal(code, error.Response.StatusCode);
        var status = KubernetesJson.Deserialize<V1Status>(error.Response.Content);
        Assert.Equal(("Status", "Failure", reason, message, (int)code), (status.Kind, status.Status, status.Reason, status.Message, status.Code));
    }
}
