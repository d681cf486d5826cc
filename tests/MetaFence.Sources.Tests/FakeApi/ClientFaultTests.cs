using System.Net;
using k8s;
using k8s.Autorest;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>Scripted faults, RBAC refusals and an unreachable server, as the official client sees them.</summary>
public sealed class ClientFaultTests
{
    public static readonly TheoryData<int, string> Codes = new()
    {
        { 404, "NotFound" },
        { 409, "Conflict" },
        { 429, "TooManyRequests" },
        { 500, "InternalError" },
        { 503, "ServiceUnavailable" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Should_answer_once_with_the_scripted_status_When_a_fault_matches(int code, string reason)
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Faults.Add(r => r.Verb == "list" && r.Path == "/api/v1/pods", code, message: "scripted");
        using var client = new Kubernetes(server.ClientConfiguration());

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.CoreV1.ListPodForAllNamespacesAsync());
        var retried = await client.CoreV1.ListPodForAllNamespacesAsync();

        ClientWriteTests.AssertStatus(error, (HttpStatusCode)code, reason, "scripted");
        Assert.Empty(retried.Items);
        Assert.Equal([code, 200], server.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Should_send_Retry_After_When_a_429_fault_sets_it()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Faults.Add(r => r.Verb == "list", 429, times: 2, retryAfter: TimeSpan.FromSeconds(3));
        using var client = new Kubernetes(server.ClientConfiguration());

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.CoreV1.ListNamespaceAsync());

        Assert.Equal("3", error.Response.Headers["Retry-After"].Single());
        Assert.Equal(1, server.Faults.Pending);
    }

    [Theory]
    [InlineData(null, "pods is forbidden: User \"reader\" cannot list resource \"pods\" in API group \"\" at the cluster scope")]
    [InlineData("y", "pods is forbidden: User \"reader\" cannot list resource \"pods\" in API group \"\" in the namespace \"y\"")]
    public async Task Should_refuse_with_the_apiservers_403_message_When_rbac_does_not_allow_the_list(string? ns, string message)
    {
        await using var server = await FakeApiServer.StartAsync();
        server.AddUser("reader", new FakeRbacRule(["list"], "", "pods", "x"));
        using var client = new Kubernetes(server.ClientConfiguration("reader"));

        var error = await Assert.ThrowsAsync<HttpOperationException>(() =>
            ns is null ? client.CoreV1.ListPodForAllNamespacesAsync() : client.CoreV1.ListNamespacedPodAsync(ns));
        var allowed = await client.CoreV1.ListNamespacedPodAsync("x");

        ClientWriteTests.AssertStatus(error, HttpStatusCode.Forbidden, "Forbidden", message);
        Assert.Empty(allowed.Items);
    }

    [Fact]
    public async Task Should_name_the_object_and_group_When_rbac_refuses_a_write()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.AddUser("auditor", new FakeRbacRule(["get", "list", "watch"], "*", "*"));
        server.Cluster.Add(FakeObjects.DenyMetadataPolicy("x"));
        using var client = new Kubernetes(server.ClientConfiguration("auditor"));

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.NetworkingV1.DeleteNamespacedNetworkPolicyAsync("metafence-deny-metadata", "x"));

        ClientWriteTests.AssertStatus(error, HttpStatusCode.Forbidden, "Forbidden",
            "networkpolicies.networking.k8s.io \"metafence-deny-metadata\" is forbidden: User \"auditor\" cannot delete resource \"networkpolicies\" in API group \"networking.k8s.io\" in the namespace \"x\"");
    }

    [Fact]
    public async Task Should_fail_to_connect_When_the_server_is_unreachable()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());
        server.Faults.Unreachable = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => client.CoreV1.ListNamespaceAsync());
    }

    [Fact]
    public async Task Should_refuse_connections_When_the_server_was_disposed()
    {
        var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());
        await server.DisposeAsync();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.CoreV1.ListNamespaceAsync());

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
    }
}
