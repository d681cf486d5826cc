using System.Runtime.CompilerServices;
using MetaFence.Sources.Live;
using MetaFence.Testing.FakeApi;
using MetaFence.Testing.Loading;

namespace MetaFence.Cli.Tests.Live;

/// <summary>deploy/rbac/metafence-audit-readonly.yaml: covers what the live reader lists, nothing it does not, and kubectl accepts it.</summary>
public sealed class AuditRoleTests : IDisposable
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string RoleFile = Path.Combine(Root, "deploy", "rbac", "metafence-audit-readonly.yaml");

    /// <summary>Calico's API server checks these pseudo-resources for tiered policies; the reader never lists them itself.</summary>
    private static readonly string[] CalicoTierPseudoResources = ["tier.globalnetworkpolicies", "tier.networkpolicies"];

    private readonly TempFolder _folder = new();

    [Fact]
    public void Should_grant_get_and_list_on_every_resource_the_reader_lists_When_parsed()
    {
        var granted = Rules().Where(r => r.Verbs.Contains("get") && r.Verbs.Contains("list")).ToList();

        var missing = LiveResources.All.Where(r => !granted.Any(g => g.Group == r.Group && g.Resource == r.Resource)).Select(r => r.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void Should_grant_nothing_else_When_parsed()
    {
        var extra = Rules()
            .Where(g => !LiveResources.All.Any(r => r.Group == g.Group && r.Resource == g.Resource))
            .Where(g => !(g.Group == "projectcalico.org" && CalicoTierPseudoResources.Contains(g.Resource)))
            .Select(g => $"{g.Resource}.{g.Group}");

        Assert.Empty(extra);
        Assert.All(Rules(), r => Assert.Equal(["get", "list"], r.Verbs));
    }

    [Fact]
    public async Task Should_read_without_refusals_When_the_user_holds_exactly_this_role()
    {
        await using var server = await FakeApiServer.StartAsync();
        foreach (var resource in LiveResources.Optional)
        {
            server.Cluster.AddCustomResourceDefinition(resource.Group, resource.Version, resource.Kind, resource.Resource, resource.Namespaced);
        }

        server.AddUser("auditor", [.. Rules().Select(r => new FakeRbacRule(r.Verbs, r.Group, r.Resource))]);
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"), user: "auditor");
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "--kubeconfig", kubeconfig);

        Assert.Equal((int)ExitCodes.Ok, exit);
        Assert.DoesNotContain("warning:", streams.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.StatusCode == 403);
    }

    [Fact]
    public async Task Should_be_accepted_by_kubectl_When_applied_as_a_client_dry_run()
    {
        await using var server = await FakeApiServer.StartAsync();
        var kubeconfig = server.WriteKubeconfig(Path.Join(_folder.Path, "kubeconfig"));

        var (exit, output, error) = await Kubectl.RunAsync(kubeconfig, "apply", "--dry-run=client", "-f", RoleFile, "-o", "name");

        Assert.True(exit == 0, error);
        Assert.Equal("clusterrole.rbac.authorization.k8s.io/metafence-audit-readonly\n", output);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Every (group, resource) of the role with its verbs, one row per pair.</summary>
    private static List<(string Group, string Resource, string[] Verbs)> Rules() => ClusterRoleFile.Rules(RoleFile);

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
