using System.Collections.Immutable;
using MetaFence.Cli.Generate;
using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;
using MetaFence.Rendering.Yaml;
using MetaFence.Testing.Loading;

namespace MetaFence.Cli.Tests.Generate;

/// <summary>
/// The calico and cilium styles are proven by the engine (SEMANTICS K, L), and the self-check
/// catches the two classic mistakes in the rendered YAML: a Calico Deny with nothing after it
/// (the tier default-denies everything else, rule 56) and a Cilium deny-only policy without
/// <c>enableDefaultDeny.egress: false</c> (all egress dies, rule 58).
/// </summary>
public sealed class CalicoCiliumSelfCheckTests
{
    private static readonly ClusterSnapshot Cluster = Yaml.Load(GenerateCluster.Manifests);

    [Fact]
    public void Should_prove_calico_and_cilium_When_nothing_is_broken()
    {
        var plan = Plan(new FenceRequest { Styles = [FenceStyle.Calico, FenceStyle.Cilium, FenceStyle.NetworkPolicy], Providers = ["aws", "gcp"] });

        var documents = PlanRenderer.Render(plan);
        var reports = SelfCheck.Run(plan, documents);

        Assert.Empty(SelfCheck.Unreadable(documents));
        Assert.All(reports, r => Assert.True(r.IsProven, string.Join("\n", [.. r.Failures.Select(f => f.ToString()), .. r.Invalid])));
        Assert.Equal(["networkpolicy", "calico", "cilium", SelfCheck.Together], reports.Select(r => r.Style));
    }

    [Fact]
    public void Should_catch_it_When_the_trailing_pass_is_dropped_from_the_calico_policy()
    {
        var plan = Plan(new FenceRequest { Styles = [FenceStyle.Calico], Providers = ["aws"] });
        const string pass = "  - action: Pass\n";
        var documents = Mutate(plan, text => text.EndsWith(pass, StringComparison.Ordinal) ? text[..^pass.Length] : text);

        var failure = FirstFailure(plan, documents);

        Assert.Equal("calico: Deployment monitoring/cloud-agent (pod template) can no longer reach DNS (kube-dns) at 10.0.0.10:53/UDP; decided by: "
            + "GlobalNetworkPolicy/metafence.deny-metadata: selects the pod for egress in tier metafence; no rule reached a verdict, so the tier denies (SEMANTICS 53, 56)",
            failure);
    }

    [Fact]
    public void Should_catch_it_When_enable_default_deny_is_dropped_from_the_cilium_policy()
    {
        var plan = Plan(new FenceRequest { Styles = [FenceStyle.Cilium], Providers = ["aws"] });
        var documents = Mutate(plan, text => text.Replace("  enableDefaultDeny:\n    egress: false\n", string.Empty, StringComparison.Ordinal));

        var failure = FirstFailure(plan, documents);

        Assert.Equal("cilium: Deployment monitoring/cloud-agent (pod template) can no longer reach DNS (kube-dns) at 10.0.0.10:53/UDP; decided by: "
            + "CiliumClusterwideNetworkPolicy/metafence-deny-metadata: selects the pod and has egress rules without enableDefaultDeny.egress: false, "
            + "so egress not allowed by a rule is denied (SEMANTICS 58)",
            failure);
    }

    private static FencePlan Plan(FenceRequest request)
    {
        var result = FencePlanner.Plan(request with { Cluster = Cluster });
        Assert.True(result.Plan is not null, string.Join("\n", result.Problems));
        return result.Plan;
    }

    private static ImmutableArray<RenderedDocument> Mutate(FencePlan plan, Func<string, string> mutate)
    {
        var documents = PlanRenderer.Render(plan);
        var mutated = documents.Select(d => d with { Text = mutate(d.Text) }).ToImmutableArray();
        Assert.NotEqual(documents.Select(d => d.Text), mutated.Select(d => d.Text));
        return mutated;
    }

    private static string FirstFailure(FencePlan plan, ImmutableArray<RenderedDocument> documents)
    {
        var reports = SelfCheck.Run(plan, documents);
        Assert.Contains(reports, r => !r.IsProven);
        return reports.First(r => !r.IsProven).Failures[0].ToString();
    }
}
