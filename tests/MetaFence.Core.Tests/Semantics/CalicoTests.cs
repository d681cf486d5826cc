using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;
using static MetaFence.Core.Tests.Semantics.EgressCase;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>SEMANTICS K (rules 53–56): Calico GlobalNetworkPolicy, tiers and orders.</summary>
public sealed class CalicoTests
{
    private const string Metadata = "169.254.169.254:80/TCP";
    private const string Web = "93.184.216.34:443/TCP";

    private static readonly World Base = World.Standard();

    private static CalicoRule Rule(CalicoAction action, string? nets = null, string? selector = null) => new(0, action)
    {
        Nets = nets is null ? null : IpSet.Of(Cidr(nets)),
        Selector = selector is null ? null : Parse(selector),
        Text = nets ?? selector ?? "any destination",
    };

    private static Cidr Cidr(string text) => Core.Net.Cidr.TryParse(text, out var cidr, out _) ? cidr : throw new ArgumentException(text);

    private static CalicoSelector Parse(string text) =>
        CalicoSelectorParser.TryParse(text, out var selector, out var error) ? selector : throw new ArgumentException(error);

    private static CalicoPolicyInfo Gnp(string name, double? order, params CalicoRule[] rules) => new()
    {
        Name = name,
        Order = order,
        AppliesToEgress = true,
        Egress = [.. rules.Select((r, i) => r with { Index = i })],
    };

    private static Func<ClusterSnapshot, ClusterSnapshot> With(params CalicoPolicyInfo[] policies) =>
        s => s with { CalicoPolicies = [.. policies] };

    private static Func<ClusterSnapshot, ClusterSnapshot> WithTiers(ImmutableArray<CalicoTierInfo> tiers, params CalicoPolicyInfo[] policies) =>
        s => s with { CalicoPolicies = [.. policies], CalicoTiers = tiers };

    private static readonly CalicoPolicyInfo DenyImds = Gnp("deny-imds", 10, Rule(CalicoAction.Deny, "169.254.169.254/32"));
    private static readonly CalicoPolicyInfo AllowAll = Gnp("allow-all", 5000, Rule(CalicoAction.Allow));

    public static TheoryData<LayeredCase> Rows => new(
    [
        new("SEMANTICS 53, 56: a Deny GNP at order 10 denies metadata", Base, With(DenyImds, AllowAll), "x/a", Metadata, Blocked, Decision.CalicoDeny),
        new("SEMANTICS 56: ... and the Allow at order 5000 keeps the rest reachable", Base, With(DenyImds, AllowAll), "x/a", Web, Reachable, Decision.CalicoAllow),
        new("SEMANTICS 56: a lone Deny GNP puts the tier in default deny for everything else", Base, With(DenyImds), "x/a", Web, Blocked, Decision.CalicoDeny),
        new("SEMANTICS 54: order < 1000 beats a K8s NetworkPolicy allow",
            Base.EgressPolicy("x/allow-all", "", Egress.Anywhere), With(DenyImds, AllowAll), "x/a", Metadata, Blocked, Decision.CalicoDeny),
        new("SEMANTICS 54: order > 1000 runs after the K8s NetworkPolicy allow",
            Base.EgressPolicy("x/allow-all", "", Egress.Anywhere), With(DenyImds with { Order = 2000 }, AllowAll), "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 54: unset order runs after the K8s NetworkPolicies",
            Base.EgressPolicy("x/allow-all", "", Egress.Anywhere), With(DenyImds with { Order = null }), "x/a", Metadata, Reachable, Decision.NetworkPolicyAllow),
        new("SEMANTICS 53: a K8s NetworkPolicy that matches nothing does not end the tier; a later Allow decides",
            Base.EgressPolicy("x/deny-all", ""), With(AllowAll), "x/a", Web, Reachable, Decision.CalicoAllow),
        new("SEMANTICS 53: Log continues to the next rule",
            Base, With(Gnp("log-then-deny", 10, Rule(CalicoAction.Log), Rule(CalicoAction.Deny, "169.254.169.254/32")), AllowAll), "x/a", Metadata, Blocked, Decision.CalicoDeny),
        new("SEMANTICS 53: Pass jumps to the next tier with a policy for the pod (none: default allow)",
            Base, With(Gnp("pass", 10, Rule(CalicoAction.Pass, "169.254.169.254/32")), DenyImds with { Order = 20 }), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 53: policies by order, not by name",
            Base, With(Gnp("b-allow", 1, Rule(CalicoAction.Allow, "169.254.169.254/32")), DenyImds), "x/a", Metadata, Reachable, Decision.CalicoAllow),
        new("SEMANTICS 53: equal orders tie by name",
            Base, With(Gnp("a-allow", 10, Rule(CalicoAction.Allow, "169.254.169.254/32")), DenyImds), "x/a", Metadata, Reachable, Decision.CalicoAllow),
        new("SEMANTICS 53: a tier ordered before the default tier runs first",
            Base, WithTiers([new CalicoTierInfo("security", 100)], DenyImds with { Tier = "security" }, Gnp("allow-imds", 1, Rule(CalicoAction.Allow, "169.254.169.254/32"))),
            "x/a", Metadata, Blocked, Decision.CalicoDeny),
        new("SEMANTICS 53: a tier with defaultAction Pass hands unmatched traffic on",
            Base, WithTiers([new CalicoTierInfo("security", 100, CalicoAction.Pass)], DenyImds with { Tier = "security" }), "x/a", Web, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 55: a policy without Egress in its types does not select for egress",
            Base, With(DenyImds with { AppliesToEgress = false }), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 53: selector limits the pods the policy applies to",
            Base, With(DenyImds with { Selector = Parse("pod == 'b'") }), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 53: namespaceSelector limits the namespaces",
            Base, With(DenyImds with { NamespaceSelector = Parse("ns in {'y','z'}") }), "x/a", Metadata, Reachable, Decision.DefaultAllow),
        new("SEMANTICS 53: a destination selector matches pods",
            Base, With(Gnp("deny-pod-b", 10, Rule(CalicoAction.Deny, selector: "pod == 'b' && !has(missing)")), AllowAll), "x/a", "10.0.2.2:80/TCP", Blocked, Decision.CalicoDeny),
        new("SEMANTICS 54, 43: the ANP tier (order 1000) runs before the default tier",
            Base.Anp("allow-imds", 0, Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32"))), With(DenyImds), "x/a", Metadata, Reachable, Decision.AdminAccept),
        new("SEMANTICS 54: a tier ordered before adminnetworkpolicy runs before ANPs",
            Base.Anp("allow-imds", 0, Admin.Everyone, Admin.Accept(AdminPeers.Networks("169.254.169.254/32"))),
            WithTiers([new CalicoTierInfo("first", 10)], DenyImds with { Tier = "first" }), "x/a", Metadata, Blocked, Decision.CalicoDeny),
        new("SEMANTICS 56: host-network pods are not workload endpoints",
            Base.Pod("x/h", "192.168.0.10", "pod=h", hostNetwork: true), With(DenyImds), "x/h", Metadata, Reachable, Decision.HostNetwork),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_SEMANTICS_K_says_When_Calico_policies_apply(LayeredCase row) => row.Check();

    [Theory]
    [InlineData("all()", "", true)]
    [InlineData("app == 'web'", "app=web", true)]
    [InlineData("app != 'web'", "", true)]
    [InlineData("has(app) && app in {'a', 'b'}", "app=b", true)]
    [InlineData("!has(app) || (tier == \"x\")", "app=a,tier=x", true)]
    [InlineData("app not in {'a'}", "app=a", false)]
    public void Should_match_labels_as_Calico_does_When_the_selector_uses_the_common_subset(string text, string labels, bool expected)
    {
        Assert.True(CalicoSelectorParser.TryParse(text, out var selector, out var error), error);
        Assert.Equal(expected, selector.Matches(Labels.Parse(labels)));
    }

    [Theory]
    [InlineData("app contains 'x'")]
    [InlineData("global()")]
    [InlineData("app == web")]
    [InlineData("(app == 'a'")]
    public void Should_refuse_the_selector_When_it_is_outside_the_supported_subset(string text) =>
        Assert.False(CalicoSelectorParser.TryParse(text, out _, out _));
}
