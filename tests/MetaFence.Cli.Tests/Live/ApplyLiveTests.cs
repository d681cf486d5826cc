using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.Live;

public sealed class ApplyLiveTests
{
    private const string Fence = "metafence-deny-metadata";

    [Fact]
    public async Task Should_report_unchanged_and_keep_the_resource_version_When_applying_twice()
    {
        await using var cluster = await LiveCluster.StartAsync();

        var first = cluster.Run("generate", "--apply", "-n", "shop", "--provider", "aws");
        var version = cluster.Server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "shop", Fence)?["metadata"]?["resourceVersion"]?.ToString();
        var second = cluster.Run("generate", "--apply", "-n", "shop", "--provider", "aws");

        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal($"networkpolicies.networking.k8s.io/{Fence} (namespace shop): created\n", first.Output);
        Assert.Equal(0, second.Exit);
        Assert.Equal($"networkpolicies.networking.k8s.io/{Fence} (namespace shop): unchanged\n", second.Output);
        Assert.Equal(version, cluster.Server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "shop", Fence)?["metadata"]?["resourceVersion"]?.ToString());
        Assert.Contains(cluster.Server.Requests, r => r.Method == "PATCH" && r.Query.Contains("fieldManager=metafence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_never_touch_an_unmanaged_object_When_it_has_the_same_name()
    {
        // Given a NetworkPolicy of the same name that someone else owns (no managed-by label)
        await using var cluster = await LiveCluster.StartAsync();
        cluster.Server.Cluster.Add($"""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {"{"}name: {Fence}, namespace: shop{"}"}
            spec: {"{"}podSelector: {"{}"}, policyTypes: [Egress]{"}"}
            """);
        var before = cluster.Server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "shop", Fence)?.ToJsonString();

        var (exit, output, error) = cluster.Run("generate", "--apply", "-n", "shop", "--provider", "aws");

        // Then it is refused by name, exit 2, and its body and resourceVersion are as before; no write was sent
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: NetworkPolicy shop/{Fence}: exists and is not managed by MetaFence (no app.kubernetes.io/managed-by=metafence label); left untouched", error, StringComparison.Ordinal);
        Assert.Equal(before, cluster.Server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "shop", Fence)?.ToJsonString());
        Assert.DoesNotContain(cluster.Server.Requests, r => r.Method is "PATCH" or "PUT" or "POST" or "DELETE");
    }

    [Fact]
    public async Task Should_print_a_diff_and_change_nothing_When_applying_as_a_dry_run()
    {
        // Given shop fenced for aws; the dry run widens it to gcp and adds open
        await using var cluster = await LiveCluster.StartAsync();
        cluster.Run("generate", "--apply", "-n", "shop", "--provider", "aws");
        var before = cluster.Server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "shop", Fence)?.ToJsonString();

        var (exit, output, error) = cluster.Run("generate", "--apply", "--dry-run", "-n", "shop,open", "--provider", "aws,gcp");

        Assert.True(exit == 0, error);
        GoldenFile.Verify(output, "apply", "dry-run", "diff");
        Assert.Contains("dry run: 1 would be created, 1 would change; nothing was changed", error, StringComparison.Ordinal);
        Assert.Equal(before, cluster.Server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "shop", Fence)?.ToJsonString());
        Assert.Null(cluster.Server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "open", Fence));
        Assert.All(cluster.Server.Requests.Where(r => r.Method == "PATCH").Skip(1), r => Assert.Contains("dryRun=All", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_name_the_missing_crd_and_apply_nothing_When_the_cluster_does_not_serve_a_kind()
    {
        await using var cluster = await LiveCluster.StartAsync();

        var (exit, _, error) = cluster.Run("generate", "--apply", "-n", "shop", "--style", "networkpolicy,admin", "--provider", "aws");

        Assert.Equal(2, exit);
        Assert.Contains("error: ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2): the cluster does not serve it: clusternetworkpolicies.policy.networking.k8s.io", error, StringComparison.Ordinal);
        Assert.Contains("--style networkpolicy", error, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.Server.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task Should_apply_the_cluster_wide_policy_When_its_crd_is_installed()
    {
        await using var cluster = await LiveCluster.StartAsync();
        cluster.Server.Cluster.AddCustomResourceDefinition("policy.networking.k8s.io", "v1alpha2", "ClusterNetworkPolicy", "clusternetworkpolicies", false);

        var (exit, output, error) = cluster.Run("generate", "--apply", "--style", "admin", "--provider", "aws");

        Assert.True(exit == 0, error);
        Assert.StartsWith("clusternetworkpolicies.policy.networking.k8s.io/", output, StringComparison.Ordinal);
        Assert.Equal("metafence", cluster.Server.Cluster.List("policy.networking.k8s.io/v1alpha2", "ClusterNetworkPolicy").Single()["metadata"]?["labels"]?["app.kubernetes.io/managed-by"]?.ToString());
    }

    [Fact]
    public async Task Should_leave_namespace_labels_to_kubectl_When_applying_pod_security()
    {
        await using var cluster = await LiveCluster.StartAsync();

        var (exit, _, error) = cluster.Run("generate", "--apply", "-n", "shop", "--style", "pod-security");

        Assert.Equal(2, exit);
        Assert.Contains("error: Namespace shop: is not managed by MetaFence (namespaces never are), so its labels were not applied; left untouched; expected the labels set by hand: kubectl label namespace shop pod-security.kubernetes.io/audit=restricted pod-security.kubernetes.io/enforce=baseline", error, StringComparison.Ordinal);
        Assert.Null(cluster.Server.Cluster.Get("v1", "Namespace", null, "shop")?["metadata"]?["labels"]?["pod-security.kubernetes.io/enforce"]);
    }

    [Fact]
    public async Task Should_exit_2_When_dry_run_is_given_without_apply()
    {
        await using var cluster = await LiveCluster.StartAsync();

        var (exit, _, error) = cluster.Run("generate", "--dry-run", "-n", "shop");

        Assert.Equal(2, exit);
        Assert.Equal("error: --dry-run: is a dry run of --apply; expected --apply --dry-run\n", error);
    }
}
