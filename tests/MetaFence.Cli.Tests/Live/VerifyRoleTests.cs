using System.Diagnostics;
using System.Runtime.CompilerServices;
using MetaFence.Sources.Live;
using MetaFence.Testing.FakeApi;
using MetaFence.Testing.Loading;

namespace MetaFence.Cli.Tests.Live;

/// <summary>
/// deploy/rbac/metafence-verify.yaml: it covers every request verify and generate --apply make (a user holding
/// exactly this role is never refused), the reader's lists, and kubectl accepts it.
/// </summary>
public sealed class VerifyRoleTests : IDisposable
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string RoleFile = Path.Combine(Root, "deploy", "rbac", "metafence-verify.yaml");
    private readonly TempFolder _folder = new();

    [Fact]
    public void Should_grant_get_and_list_on_every_resource_the_reader_lists_When_parsed()
    {
        var granted = Rules().Where(r => r.Verbs.Contains("get") && r.Verbs.Contains("list")).ToList();

        Assert.Empty(LiveResources.All.Where(r => !granted.Any(g => g.Group == r.Group && g.Resource == r.Resource)).Select(r => r.Name));
    }

    [Fact]
    public async Task Should_never_be_refused_When_verify_and_apply_run_as_a_user_holding_exactly_this_role()
    {
        // Given every optional policy API served, and a user with this role only
        await using var cluster = await LiveCluster.StartAsync();
        foreach (var resource in LiveResources.Optional)
        {
            cluster.Server.Cluster.AddCustomResourceDefinition(resource.Group, resource.Version, resource.Kind, resource.Resource, resource.Namespaced);
        }

        cluster.Server.AddUser("verifier", [.. Rules().Select(r => new FakeRbacRule(r.Verbs, r.Group, r.Resource))]);
        var kubeconfig = cluster.Server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"), user: "verifier");
        cluster.Server.Cluster.OnPodCreated = _ => PodScript.Succeeds(LiveCluster.Lines(c => "timeout"));
        using var streams = new TestStreams();

        // When every kind generate writes is applied twice (create, then patch), and verify runs
        var styles = "networkpolicy,admin,calico,cilium,node-firewall";
        var applied = streams.Run("generate", "--apply", "-n", "shop", "--style", styles, "--provider", "aws", "--kubeconfig", kubeconfig);
        var again = streams.Run("generate", "--apply", "-n", "shop", "--style", styles, "--provider", "aws", "--kubeconfig", kubeconfig);
        var verified = streams.Run("verify", "-n", "shop", "--provider", "aws", "--timeout", "10", "--kubeconfig", kubeconfig);

        // Then no request was refused, and each kind of request was made
        Assert.True(applied == 0 && again == 0, streams.Error);
        Assert.NotEqual(3, verified);
        Assert.DoesNotContain(cluster.Server.Requests, r => r.StatusCode is 401 or 403);
        foreach (var verb in new[] { "create", "delete", "get", "list", "patch" })
        {
            Assert.Contains(cluster.Server.Requests, r => r.Verb == verb);
        }
    }

    [Fact]
    public async Task Should_be_accepted_by_kubectl_When_applied_as_a_client_dry_run()
    {
        await using var server = await FakeApiServer.StartAsync();
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"));
        var start = new ProcessStartInfo(Path.Combine(Root, ".tools", "bin", "kubectl")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--kubeconfig", kubeconfig, "create", "--dry-run=client", "--validate=false", "-f", RoleFile, "-o", "name" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, error);
        Assert.Equal("clusterrole.rbac.authorization.k8s.io/metafence-verify\n", output);
    }

    public void Dispose() => _folder.Dispose();

    private static List<(string Group, string Resource, string[] Verbs)> Rules() => ClusterRoleFile.Rules(RoleFile);

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
