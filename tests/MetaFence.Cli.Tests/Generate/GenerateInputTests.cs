namespace MetaFence.Cli.Tests.Generate;

/// <summary>Bad usage of <c>generate</c>: a clear error in the message grammar, exit 2, nothing on stdout.</summary>
public sealed class GenerateInputTests : IDisposable
{
    private readonly GenerateCluster _cluster = new();

    [Theory]
    [InlineData(new[] { "--style", "antrea" }, "error: --style: unknown style \"antrea\"; expected one of networkpolicy, two-policy, admin, baseline, calico, cilium, node-firewall, pod-security, cloud")]
    [InlineData(new[] { "--provider", "awz" }, "error: --provider: unknown provider \"awz\"; expected one of ")]
    [InlineData(new[] { "--allow", "app=web" }, "error: --allow: app=web: no namespace before a slash; expected NS/SELECTOR, e.g. monitoring/app=cloud-agent")]
    [InlineData(new[] { "--allow", "shop/app=web server" }, "error: --allow: shop/app=web server: \"web server\" in \"app=web server\" is not a label value; expected NS/SELECTOR")]
    [InlineData(new[] { "--namespace", "payments" }, "error: --namespace: namespace \"payments\" is not in the input; expected one of the input's namespaces: kube-system, monitoring, shop")]
    [InlineData(new[] { "--namespace", "kube-system" }, "error: --namespace: kube-system is exempt: system and provider namespaces run agents that need the node identity; expected a workload namespace")]
    [InlineData(new[] { "--allow", "kube-system/k8s-app=kube-dns" }, "error: --allow: kube-system/k8s-app=kube-dns: namespace kube-system is exempt, so nothing there is fenced")]
    [InlineData(new[] { "--priority", "2000" }, "error: --priority: 2000 is out of range; expected a number from 0 to 1000")]
    [InlineData(new[] { "--layout", "kustomize" }, "error: --layout: kustomize writes files; expected --out DIR with it")]
    [InlineData(new[] { "--scope", "everything" }, "error: Argument 'everything' not recognized. Must be one of:")]
    public void Should_exit_2_with_a_clear_error_When_the_input_is_bad(string[] options, string expected)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(["generate", "-f", _cluster.File, .. options]);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.StartsWith(expected, streams.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, streams.Output);
    }

    [Fact]
    public void Should_exit_2_When_the_input_cannot_be_read()
    {
        File.WriteAllText(_cluster.PathOf("broken.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: [\n");
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.Folder);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Matches("^(error|fatal): .*broken.yaml: document 1: ", streams.Error);
        Assert.Equal(string.Empty, streams.Output);
    }

    [Fact]
    public void Should_fence_named_namespaces_with_stand_in_pods_When_no_cluster_is_given()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "--namespace", "shop,payments", "--provider", "aws");

        Assert.Equal((int)ExitCodes.Ok, exit);
        Assert.Contains("Proven by the engine before it was printed (networkpolicy): in 2 namespace(s), a new pod per namespace is blocked", streams.Output.Replace("\n# ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(2, streams.Output.Split("kind: NetworkPolicy").Length - 1);
    }

    [Fact]
    public void Should_exit_1_and_write_nothing_When_an_input_policy_re_allows_metadata()
    {
        File.WriteAllText(_cluster.PathOf("reallow.yaml"), GenerateCluster.ReallowsImds);
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.Folder, "--provider", "aws");

        Assert.Equal((int)ExitCodes.Findings, exit);
        Assert.Equal(string.Empty, streams.Output);
        Assert.Contains("error: self-check: networkpolicy: Deployment shop/web (pod template) can still reach aws-imds at 169.254.169.254:80/TCP; "
            + "decided by: NetworkPolicy shop/web-needs-imds egress rule 0: to ipBlock 169.254.169.254/32, all ports\n", streams.Error, StringComparison.Ordinal);
        Assert.EndsWith("nothing was written; expected policies the fence can prove: an existing NetworkPolicy that allows a credential endpoint re-opens what "
            + "the fence excepts (NetworkPolicies only add, SEMANTICS 9); remove that rule, --allow that workload, or use --style admin, which decides first\n",
            streams.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_prove_the_admin_fence_When_an_input_policy_re_allows_metadata()
    {
        // The Admin tier decides before NetworkPolicies (SEMANTICS 43): the same input that defeats the namespace fence.
        File.WriteAllText(_cluster.PathOf("reallow.yaml"), GenerateCluster.ReallowsImds);
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.Folder, "--provider", "aws", "--style", "admin");

        Assert.True(exit == 0, streams.Error);
    }

    public void Dispose() => _cluster.Dispose();
}
