using MetaFence.Testing.FakeApi;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>
/// kubectl apply (server-side, with kubectl's default strict validation: the fake's minimal OpenAPI v3 tells it the
/// server validates), delete and logs against the fake.
/// </summary>
public sealed class KubectlWriteTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private FakeApiServer _server = null!; // Set in InitializeAsync, before any test runs.

    private string Kubeconfig => Path.Combine(_folder.Path, "kubeconfig");

    public async Task InitializeAsync()
    {
        _server = await FakeApiServer.StartAsync();
        _server.WriteKubeconfig(Kubeconfig);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_leave_the_resource_version_unchanged_When_applying_the_same_file_twice()
    {
        var file = _folder.Write("policy.yaml", FakeObjects.DenyMetadataPolicy("x"));

        var first = await Apply(file);
        var version = ResourceVersion();
        var second = await Apply(file);

        Assert.Equal((0, "networkpolicy.networking.k8s.io/metafence-deny-metadata serverside-applied\n"), (first.Exit, first.Output));
        Assert.Equal((0, first.Output), (second.Exit, second.Output));
        Assert.Equal(version, ResourceVersion());
        Assert.All(_server.Requests.Where(r => r.Verb == "patch"), r => Assert.Equal(("metafence", "Strict"), (r.QueryValue("fieldManager"), r.QueryValue("fieldValidation"))));
    }

    [Fact]
    public async Task Should_store_nothing_When_applying_with_a_server_dry_run()
    {
        var file = _folder.Write("policy.yaml", FakeObjects.DenyMetadataPolicy("x"));

        var (exit, output, error) = await Apply(file, "--dry-run=server");

        Assert.True(exit == 0, error);
        Assert.Equal("networkpolicy.networking.k8s.io/metafence-deny-metadata serverside-applied (server dry run)\n", output);
        Assert.Null(ResourceVersion());
        Assert.Equal("All", _server.Requests.Single(r => r.Verb == "patch").QueryValue("dryRun"));
    }

    [Fact]
    public async Task Should_print_the_conflict_When_another_manager_owns_the_field()
    {
        _server.Cluster.Add(FakeObjects.DenyMetadataPolicy("x", cidr: "169.254.0.0/16"));
        var file = _folder.Write("policy.yaml", FakeObjects.DenyMetadataPolicy("x"));

        var (exit, _, error) = await Apply(file);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: Apply failed with 1 conflict: conflict with \"kubectl-create\" using networking.k8s.io/v1: .spec.egress\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_remove_the_policy_When_deleting_the_applied_file()
    {
        var file = _folder.Write("policy.yaml", FakeObjects.DenyMetadataPolicy("x"));
        await Apply(file);

        var (exit, output, error) = await Kubectl.RunAsync(Kubeconfig, "delete", "-f", file);

        Assert.True(exit == 0, error);
        Assert.Equal("networkpolicy.networking.k8s.io \"metafence-deny-metadata\" deleted from x namespace\n", output);
        Assert.Null(ResourceVersion());
    }

    [Fact]
    public async Task Should_print_the_pods_log_When_running_kubectl_logs()
    {
        _server.Cluster.OnPodCreated = _ => PodScript.Succeeds("169.254.169.254:80 blocked\n");
        var run = await Kubectl.RunAsync(Kubeconfig, "run", "probe", "-n", "x", "--image=busybox", "--restart=Never");
        await Kubectl.RunAsync(Kubeconfig, "get", "pod", "probe", "-n", "x");

        var (exit, output, error) = await Kubectl.RunAsync(Kubeconfig, "logs", "probe", "-n", "x");

        Assert.Equal((0, "pod/probe created\n"), (run.Exit, run.Output));
        Assert.True(exit == 0, error);
        Assert.Equal("169.254.169.254:80 blocked\n", output);
    }

    private Task<(int Exit, string Output, string Error)> Apply(string file, params string[] extra) =>
        Kubectl.RunAsync(Kubeconfig, ["apply", "--server-side", "--field-manager=metafence", "-f", file, .. extra]);

    private string? ResourceVersion() =>
        _server.Cluster.Get("networking.k8s.io/v1", "NetworkPolicy", "x", "metafence-deny-metadata")?["metadata"]?["resourceVersion"]?.ToString();
}
