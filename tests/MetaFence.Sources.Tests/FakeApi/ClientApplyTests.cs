using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>Server-side apply through the official client: ownership, no-op applies, dry run, conflicts.</summary>
public sealed class ClientApplyTests
{
    [Fact]
    public async Task Should_keep_the_resource_version_When_applying_the_same_object_twice()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());

        var created = await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x"));
        var again = await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x"));

        Assert.Equal(created.Metadata.ResourceVersion, again.Metadata.ResourceVersion);
        var entry = Assert.Single(again.Metadata.ManagedFields);
        Assert.Equal(("metafence", "Apply"), (entry.Manager, entry.Operation));
        Assert.Equal([201, 200], server.Requests.Where(r => r.Verb == "patch").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Should_store_nothing_When_applying_with_dry_run()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());

        var wouldBe = await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x"), dryRun: true);

        Assert.Equal("metafence-deny-metadata", wouldBe.Metadata.Name);
        Assert.Null(server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "x", "metafence-deny-metadata"));
    }

    [Fact]
    public async Task Should_answer_the_change_without_storing_it_When_a_dry_run_apply_changes_an_object()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());
        var stored = await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x"));

        var wouldBe = await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x", cidr: "169.254.0.0/16"), dryRun: true);

        Assert.Equal("169.254.0.0/16", wouldBe.Spec.Egress[0].To[0].IpBlock.Except[0]);
        var after = server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "x", "metafence-deny-metadata");
        Assert.Equal(stored.Metadata.ResourceVersion, after?["metadata"]?["resourceVersion"]?.ToString());
    }

    [Fact]
    public async Task Should_refuse_with_409_naming_the_owner_When_applying_a_field_another_manager_set()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.DenyMetadataPolicy("x", cidr: "169.254.0.0/16"));
        using var client = new Kubernetes(server.ClientConfiguration());

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x")));

        ClientWriteTests.AssertStatus(error, HttpStatusCode.Conflict, "Conflict",
            "Apply failed with 1 conflict: conflict with \"kubectl-create\" using networking.k8s.io/v1: .spec.egress");
    }

    [Fact]
    public async Task Should_take_the_field_from_the_other_manager_When_forcing_a_conflicting_apply()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.DenyMetadataPolicy("x", cidr: "169.254.0.0/16"));
        using var client = new Kubernetes(server.ClientConfiguration());

        var applied = await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x"), force: true);

        Assert.Equal("169.254.169.254/32", applied.Spec.Egress[0].To[0].IpBlock.Except[0]);
        var owners = applied.Metadata.ManagedFields.ToDictionary(m => m.Manager, m => m.FieldsV1.ToString());
        Assert.Contains("f:egress", owners["metafence"], StringComparison.Ordinal);
        Assert.DoesNotContain("f:egress", owners["kubectl-create"], StringComparison.Ordinal);
        Assert.Equal(2, applied.Metadata.Generation);
    }

    [Fact]
    public async Task Should_remove_a_field_the_manager_stopped_applying_When_no_one_else_owns_it()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());
        await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x"));

        var applied = await ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x").Replace("  labels:\n    app.kubernetes.io/managed-by: metafence\n", "", StringComparison.Ordinal));

        Assert.Null(applied.Metadata.Labels);
    }

    [Fact]
    public async Task Should_conflict_with_before_first_apply_When_the_object_has_no_managed_fields()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Cluster.Add(FakeObjects.DenyMetadataPolicy("x", cidr: "169.254.0.0/16"), fieldManager: null);
        using var client = new Kubernetes(server.ClientConfiguration());

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => ApplyAsync(client, FakeObjects.DenyMetadataPolicy("x")));

        ClientWriteTests.AssertStatus(error, HttpStatusCode.Conflict, "Conflict",
            "Apply failed with 1 conflict: conflict with \"before-first-apply\" using networking.k8s.io/v1: .spec.egress");
    }

    [Fact]
    public async Task Should_fail_with_400_When_the_field_manager_is_missing()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = new Kubernetes(server.ClientConfiguration());
        var policy = KubernetesYaml.Deserialize<V1NetworkPolicy>(FakeObjects.DenyMetadataPolicy("x"));

        var error = await Assert.ThrowsAsync<HttpOperationException>(() =>
            client.NetworkingV1.PatchNamespacedNetworkPolicyAsync(new V1Patch(policy, V1Patch.PatchType.ApplyPatch), policy.Metadata.Name, "x"));

        ClientWriteTests.AssertStatus(error, HttpStatusCode.BadRequest, "BadRequest", "PATCH, application/apply-patch+yaml requires fieldManager to be set");
    }

    private static Task<V1NetworkPolicy> ApplyAsync(Kubernetes client, string yaml, bool dryRun = false, bool force = false)
    {
        var policy = KubernetesYaml.Deserialize<V1NetworkPolicy>(yaml);
        return client.NetworkingV1.PatchNamespacedNetworkPolicyAsync(new V1Patch(policy, V1Patch.PatchType.ApplyPatch), policy.Metadata.Name,
            policy.Metadata.NamespaceProperty, dryRun: dryRun ? "All" : null, fieldManager: "metafence", force: force);
    }
}
