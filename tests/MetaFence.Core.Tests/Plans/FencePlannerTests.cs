using MetaFence.Core.Plans;
using MetaFence.Core.Selectors;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Plans;

public sealed class FencePlannerTests
{
    private static readonly World Cluster = World.Create()
        .Namespace("shop").Namespace("kube-system").Namespace("monitoring")
        .Pod("shop/web", "10.0.1.1", "app=web")
        .Pod("monitoring/agent", "10.0.2.1", "app=cloud-agent");

    [Fact]
    public void Should_fence_every_namespace_of_the_input_but_the_exempt_ones_When_no_namespace_is_named()
    {
        var plan = Plan(new FenceRequest { Cluster = Cluster.Build() });

        Assert.Equal(["monitoring", "shop"], plan.Targets.Namespaces.AsEnumerable());
        Assert.Equal(["metafence-deny-metadata"], plan.Styles[0].Objects.Where(o => o.Namespace == "shop").Select(o => o.Name));
    }

    [Fact]
    public void Should_leave_allowed_workloads_unselected_When_allow_names_them()
    {
        var plan = Plan(new FenceRequest { Cluster = Cluster.Build(), Allows = [Allow("monitoring", "app=cloud-agent")] });

        var fence = (NetworkPolicyPlan)plan.Styles[0].Objects.Single(o => o.Namespace == "monitoring");
        Assert.Equal("app notin (cloud-agent)", fence.PodSelector.ToString());
        Assert.Contains("NetworkPolicies only add allowances", fence.PodSelectorComment, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_put_allow_policies_just_before_the_deny_When_the_style_is_admin()
    {
        var plan = Plan(new FenceRequest { Cluster = Cluster.Build(), Styles = [FenceStyle.Admin], Allows = [Allow("monitoring", "app=cloud-agent")] });

        var policies = plan.Styles[0].Objects.Cast<AdminPolicyPlan>().ToList();
        Assert.Equal(["metafence-keep-metadata-1 99 Pass", "metafence-deny-metadata 100 Deny"],
            policies.Select(p => $"{p.Name} {p.Priority} {p.Egress[^1].Action}"));
        Assert.Equal("kubernetes.io/metadata.name notin (aks-command,amazon-cloudwatch,amazon-guardduty,gke-gmp-system,gke-managed-cim,gke-managed-filestorecsi,gke-managed-system,gmp-public,gmp-system,kube-node-lease,kube-public,kube-system)",
            policies[1].Subject.Namespaces?.ToString());
    }

    [Theory]
    [InlineData("--namespace", "namespace \"payments\" is not in the input")]
    [InlineData("--namespace", "kube-system is exempt: system and provider namespaces run agents that need the node identity")]
    public void Should_refuse_When_a_target_namespace_is_missing_or_exempt(string option, string problem)
    {
        var target = problem.Contains("payments", StringComparison.Ordinal) ? "payments" : "kube-system";

        var result = FencePlanner.Plan(new FenceRequest { Cluster = Cluster.Build(), Namespaces = [target] });

        var only = Assert.Single(result.Problems);
        Assert.Equal((option, problem), (only.Option, only.Problem));
        Assert.Null(result.Plan);
    }

    [Fact]
    public void Should_refuse_When_the_baseline_singleton_would_need_to_leave_a_workload_out()
    {
        var result = FencePlanner.Plan(new FenceRequest
        {
            Cluster = Cluster.Build(),
            Styles = [FenceStyle.Baseline],
            Api = AdminApi.V1Alpha1,
            Allows = [Allow("shop", "app=web")],
        });

        Assert.Equal("--allow: the BaselineAdminNetworkPolicy is a singleton with one subject, so it cannot leave single workloads out; "
            + "expected --api v1alpha2 (Baseline-tier ClusterNetworkPolicies) or --style networkpolicy", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Should_refuse_When_a_namespaced_style_has_no_namespace_to_fence()
    {
        var result = FencePlanner.Plan(new FenceRequest());

        Assert.Equal("--namespace: no namespace to fence: --style networkpolicy writes objects per namespace; "
            + "expected --namespace NAME, or -f with the cluster whose namespaces to fence", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Should_refuse_When_an_allow_names_an_exempt_namespace()
    {
        var result = FencePlanner.Plan(new FenceRequest { Cluster = Cluster.Build(), Allows = [Allow("kube-system", "app=x")] });

        Assert.Equal("--allow: kube-system/app=x: namespace kube-system is exempt, so nothing there is fenced; expected a workload in a fenced namespace",
            Assert.Single(result.Problems).ToString());
    }

    internal static FencePlan Plan(FenceRequest request)
    {
        var result = FencePlanner.Plan(request);
        Assert.True(result.Plan is not null, string.Join("\n", result.Problems));
        return result.Plan;
    }

    internal static AllowedWorkload Allow(string ns, string selector)
    {
        Assert.True(SelectorText.TryParse(selector, out LabelSelector? parsed, out var problem), problem);
        return new AllowedWorkload(ns, parsed, $"{ns}/{selector}");
    }
}
