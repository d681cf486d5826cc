using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Plans;

/// <summary>
/// The self-check on hand-built generated objects: the right fence is proven, and each classic
/// mistake (no except, IPv4 only, a deny-all without DNS, an input policy that re-allows IMDS) is caught.
/// </summary>
public sealed class FenceCheckTests
{
    private static readonly World Cluster = World.Create().Namespace("shop").Pod("shop/web", "10.0.1.1", "app=web");

    private static readonly FencePlan Plan = FencePlannerTests.Plan(new FenceRequest { Cluster = Cluster.Build(), Providers = ["aws"] });

    private static readonly EgressRule InCluster = Egress.To(Peer.Namespaces(""));

    [Fact]
    public void Should_prove_the_fence_When_it_excepts_every_aws_address_over_both_families()
    {
        var report = FenceCheck.Run(Plan, "networkpolicy", Fence(Egress.To(
            Peer.Block("0.0.0.0/0", "169.254.169.254/32", "169.254.170.2/32"), Peer.Block("::/0", "fd00:ec2::254/128"))));

        Assert.True(report.IsProven, string.Join("\n", report.Failures));
    }

    [Fact]
    public void Should_name_subject_endpoint_and_rule_When_the_except_is_missing()
    {
        var report = FenceCheck.Run(Plan, "networkpolicy", Fence(Egress.To(Peer.Block("0.0.0.0/0"), Peer.Block("::/0", "fd00:ec2::254/128"))));

        Assert.Equal(
            "networkpolicy: Pod shop/web can still reach aws-imds at 169.254.169.254:80/TCP; decided by: NetworkPolicy shop/metafence-deny-metadata egress rule 1: to ipBlock 0.0.0.0/0, all ports",
            report.Failures[0].ToString());
    }

    [Fact]
    public void Should_catch_lost_ipv6_egress_When_the_fence_has_an_ipv4_block_only()
    {
        var report = FenceCheck.Run(Plan, "networkpolicy", Fence(Egress.To(Peer.Block("0.0.0.0/0", "169.254.169.254/32", "169.254.170.2/32"))));

        Assert.Contains(report.Failures, f => f.ToString().StartsWith("networkpolicy: Pod shop/web can no longer reach ordinary IPv6 egress at [2001:db8::10]:443/TCP", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_catch_lost_dns_When_the_pod_is_isolated_without_a_dns_rule()
    {
        var report = FenceCheck.Run(Plan, "two-policy", World.Create().EgressPolicy("shop/metafence-default-deny-egress", "").Build());

        Assert.Contains(report.Failures, f => f.ToString().StartsWith("two-policy: Pod shop/web can no longer reach DNS (kube-dns) at 198.18.0.53:53/UDP", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_fail_When_a_policy_of_the_input_re_allows_the_metadata_address()
    {
        var plan = FencePlannerTests.Plan(new FenceRequest
        {
            Cluster = Cluster.EgressPolicy("shop/needs-imds", "app=web", Egress.To(Peer.Block("169.254.169.254/32"))).Build(),
            Providers = ["aws"],
        });

        var report = FenceCheck.Run(plan, "networkpolicy", Fence(Egress.To(
            Peer.Block("0.0.0.0/0", "169.254.169.254/32", "169.254.170.2/32"), Peer.Block("::/0", "fd00:ec2::254/128"))));

        Assert.Equal("networkpolicy: Pod shop/web can still reach aws-imds at 169.254.169.254:80/TCP; decided by: NetworkPolicy shop/needs-imds egress rule 0: to ipBlock 169.254.169.254/32, all ports",
            report.Failures[0].ToString());
    }

    [Fact]
    public void Should_report_host_network_pods_as_unprotected_When_a_target_namespace_runs_them()
    {
        var plan = FencePlannerTests.Plan(new FenceRequest { Cluster = Cluster.Pod("shop/agent", "10.0.9.9", "app=agent", hostNetwork: true).Build() });

        var report = FenceCheck.Run(plan, "networkpolicy", ClusterSnapshot.Empty);

        Assert.Equal(["Pod shop/agent"], report.HostNetwork.Select(s => s.Description));
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(10, true)]
    public void Should_name_the_pass_that_skips_the_fence_When_an_earlier_admin_policy_passes(int priority, bool proven)
    {
        // SEMANTICS 44: lower priority first; a Pass skips the rest of the Admin tier, the fence's Deny included.
        var cluster = Cluster.Anp("legacy-pass", 50, Admin.Everyone, Admin.Pass(AdminPeers.Networks("0.0.0.0/0")));
        var plan = FencePlannerTests.Plan(new FenceRequest { Cluster = cluster.Build(), Providers = ["aws"], Styles = [FenceStyle.Admin] });
        var fence = World.Create().AdminCnp("metafence-deny-metadata", priority, Admin.Everyone,
            Admin.Deny(AdminPeers.Networks("169.254.169.254/32", "169.254.170.2/32", "fd00:ec2::254/128"))).Build();

        var report = FenceCheck.Run(plan, "admin", fence);

        Assert.Equal(proven, report.IsProven);
        Assert.True(proven || report.Failures[0].ToString().EndsWith(
            "(after AdminNetworkPolicy/legacy-pass egress rule 0: Pass to networks 0.0.0.0/0, all ports, which skips the rest of its tier: a --priority below it puts the fence first)",
            StringComparison.Ordinal), report.Failures.FirstOrDefault()?.ToString());
    }

    private static ClusterSnapshot Fence(EgressRule rest) =>
        World.Create().EgressPolicy("shop/metafence-deny-metadata", "", InCluster, rest).Build();
}
