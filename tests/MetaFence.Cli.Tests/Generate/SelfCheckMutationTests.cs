using System.Collections.Immutable;
using MetaFence.Cli.Generate;
using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;
using MetaFence.Rendering.Yaml;
using MetaFence.Testing.Loading;

namespace MetaFence.Cli.Tests.Generate;

/// <summary>
/// Break a generated policy the way people break copied ones, render it, and the self-check must
/// name the subject, the destination and the rule that decided: the except dropped, DNS dropped,
/// the IPv6 block dropped, a carve-out dropped.
/// </summary>
public sealed class SelfCheckMutationTests
{
    private static readonly ClusterSnapshot Cluster = Yaml.Load(GenerateCluster.Manifests);

    [Fact]
    public void Should_prove_the_plan_When_nothing_is_broken()
    {
        var plan = Plan(new FenceRequest { Styles = [FenceStyle.NetworkPolicy, FenceStyle.Admin], Scope = FenceScope.LinkLocal });

        var reports = SelfCheck.Run(plan, PlanRenderer.Render(plan));

        Assert.All(reports, r => Assert.True(r.IsProven, string.Join("\n", r.Failures)));
        Assert.Equal(["networkpolicy", "admin", SelfCheck.Together], reports.Select(r => r.Style));
    }

    [Fact]
    public void Should_catch_it_When_the_except_is_dropped()
    {
        var plan = Mutate(Plan(new FenceRequest { Providers = ["aws"] }), rules => [.. rules.Select(r => r with { To = [.. r.To.Select(p => p with { Except = [] })] })]);

        var failure = FirstFailure(plan);

        Assert.Equal("networkpolicy: Deployment monitoring/cloud-agent (pod template) can still reach aws-imds at 169.254.169.254:80/TCP; decided by: "
            + "NetworkPolicy monitoring/metafence-deny-metadata egress rule 2: to ipBlock 0.0.0.0/0, all ports", failure);
    }

    [Fact]
    public void Should_catch_it_When_the_dns_rule_is_dropped_and_node_local_dns_sits_in_the_blocked_range()
    {
        var plan = Mutate(Plan(new FenceRequest { Providers = ["aws"], Scope = FenceScope.LinkLocal }), rules => rules.RemoveAt(0));

        var failure = FirstFailure(plan);

        Assert.Equal("networkpolicy: Deployment monitoring/cloud-agent (pod template) can no longer reach DNS (NodeLocal DNSCache) at 169.254.20.10:53/UDP; decided by: "
            + "NetworkPolicy monitoring/metafence-deny-metadata: selects the pod for egress; none of its 5 egress rule(s) matches", failure);
    }

    [Fact]
    public void Should_catch_it_When_the_ipv6_block_is_dropped()
    {
        var plan = Mutate(Plan(new FenceRequest { Providers = ["aws"] }), rules => rules.SetItem(2, rules[2] with { To = [rules[2].To[0]] }));

        var failures = SelfCheck.Run(plan, PlanRenderer.Render(plan)).SelectMany(r => r.Failures).Select(f => f.ToString()).ToList();

        Assert.Contains(failures, f => f.StartsWith("networkpolicy: Deployment monitoring/cloud-agent (pod template) can no longer reach ordinary IPv6 egress at [2001:db8::10]:443/TCP", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_catch_it_When_the_admin_carve_out_for_gke_cloud_dns_is_dropped()
    {
        var plan = Plan(new FenceRequest { Styles = [FenceStyle.Admin], Providers = ["gcp"] });
        var style = plan.Styles[0];
        var deny = (AdminPolicyPlan)style.Objects[^1];
        plan = plan with { Styles = [style with { Objects = [deny with { Egress = [.. deny.Egress.Where(r => r.Name != "keep-gke-cloud-dns")] }] }] };

        var failure = FirstFailure(plan);

        Assert.Equal("admin: Deployment monitoring/cloud-agent (pod template) can no longer reach gke-cloud-dns at 169.254.169.254:53/UDP; decided by: "
            + "ClusterNetworkPolicy/metafence-deny-metadata egress rule 0 (deny-credential-endpoints): Deny to networks 169.254.169.254/32, fd20:ce::254/128, all ports",
            failure);
    }

    [Fact]
    public void Should_catch_it_When_an_allowed_workload_loses_access()
    {
        var allow = new AllowedWorkload("monitoring", Core.Selectors.LabelSelector.FromLabels([KeyValuePair.Create("app", "cloud-agent")]), "monitoring/app=cloud-agent");
        var plan = Plan(new FenceRequest { Providers = ["aws"], Allows = [allow] });

        // Fence the allowed workload anyway: the plan with the --allow, the objects without the exclusion.
        var unexcluded = Mutate(plan, rules => rules, everything: true);
        var failures = SelfCheck.Run(plan, PlanRenderer.Render(unexcluded)).SelectMany(r => r.Failures).Select(f => f.ToString());

        Assert.Contains("networkpolicy: Deployment monitoring/cloud-agent (pod template) can no longer reach aws-imds at 169.254.169.254:80/TCP "
            + "(kept by --allow monitoring/app=cloud-agent); decided by: NetworkPolicy monitoring/metafence-deny-metadata: selects the pod for egress; none of its 3 egress rule(s) matches",
            failures);
    }

    private static FencePlan Plan(FenceRequest request)
    {
        var result = FencePlanner.Plan(request with { Cluster = Cluster });
        Assert.True(result.Plan is not null, string.Join("\n", result.Problems));
        return result.Plan;
    }

    private static FencePlan Mutate(FencePlan plan, Func<ImmutableArray<EgressRulePlan>, ImmutableArray<EgressRulePlan>> mutate, bool everything = false) =>
        plan with
        {
            Styles = [.. plan.Styles.Select(s => s with
            {
                Objects = [.. s.Objects.Select(o => o is NetworkPolicyPlan np
                    ? np with { Egress = mutate(np.Egress), PodSelector = everything ? Core.Selectors.LabelSelector.Everything : np.PodSelector }
                    : o)],
            })],
        };

    private static string FirstFailure(FencePlan plan)
    {
        var reports = SelfCheck.Run(plan, PlanRenderer.Render(plan));
        Assert.Contains(reports, r => !r.IsProven);
        return reports.First(r => !r.IsProven).Failures[0].ToString();
    }
}
