using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Unknown;

/// <summary>
/// Decision 0004: which verdicts a resource the source could not read leaves unknown. Each row:
/// a world, what could not be read, a question, whether the answer is unknown and what the
/// readable objects alone say.
/// </summary>
public sealed class UnknownVerdictTests
{
    private const string Metadata = "169.254.169.254:80/TCP";
    private const string Forbidden = "forbidden: User \"auditor\" cannot list resource";

    private static readonly World Base = World.Standard()
        .Pod("x/host", "10.1.0.5", "pod=h", hostNetwork: true);

    private static readonly World DenyImdsByAdmin = Base.AdminCnp("deny-imds", 0, Admin.Everyone, Admin.Deny(AdminPeers.Networks("169.254.169.254/32")));

    private static readonly World TeamSubject = Base.Namespace("x", "ns=x,team=a")
        .AdminCnp("team-a", 5, Admin.Namespaces("team=a"), Admin.Deny(AdminPeers.Networks("169.254.169.254/32")));

    private static readonly World NameSubject = Base
        .AdminCnp("by-name", 5, Admin.Namespaces("kubernetes.io/metadata.name=x"), Admin.Deny(AdminPeers.Networks("169.254.169.254/32")));

    public static TheoryData<UnknownCase> Rows =>
    [
        new("decision 0004: networkpolicies unreadable in x: a subject in x is unknown, not blocked",
            Base, [Np("x")], "x/a", Metadata, Unknown: true, Allowed: true),
        new("decision 0004, rule 1: ... a subject in y is certain (policies select their own namespace only)",
            Base, [Np("x")], "y/a", Metadata, Unknown: false, Allowed: true),
        new("decision 0004: networkpolicies unreadable cluster-wide: every namespace is unknown",
            Base, [Np(null)], "z/c", Metadata, Unknown: true, Allowed: true),
        new("decision 0004, rule 44: an admin-tier decision comes before NetworkPolicies and stays certain",
            DenyImdsByAdmin, [Np("x")], "x/a", Metadata, Unknown: false, Allowed: false),
        new("decision 0004, rules 36, 46: a host-network subject is certain whatever could not be read",
            Base, [Np("x"), Resource(UnreadableResources.AdminNetworkPolicies, null)], "x/host", Metadata, Unknown: false, Allowed: true),
        new("decision 0004, rule 44: unreadable AdminNetworkPolicies leave every verdict unknown",
            DenyImdsByAdmin, [Resource(UnreadableResources.AdminNetworkPolicies, null)], "y/b", Metadata, Unknown: true, Allowed: false),
        new("decision 0004, rule 57: unreadable Cilium policies leave every verdict unknown",
            Base, [Resource(UnreadableResources.CiliumClusterwideNetworkPolicies, null)], "y/b", Metadata, Unknown: true, Allowed: true),
        new("decision 0004, rule 53: unreadable Calico policies (API-server group) leave every verdict unknown",
            Base, [Resource("globalnetworkpolicies.projectcalico.org", null)], "y/b", Metadata, Unknown: true, Allowed: true),
        new("decision 0004, rule 47: an unreadable BANP leaves the default allow unknown",
            Base, [Resource(UnreadableResources.BaselineAdminNetworkPolicies, null)], "y/b", Metadata, Unknown: true, Allowed: true),
        new("decision 0004, rule 47: ... but not an admin-tier decision",
            DenyImdsByAdmin, [Resource(UnreadableResources.BaselineAdminNetworkPolicies, null)], "y/b", Metadata, Unknown: false, Allowed: false),
        new("decision 0004: unreadable namespaces leave a subject chosen by namespace labels unknown",
            TeamSubject, [Resource(UnreadableResources.Namespaces, null)], "y/a", Metadata, Unknown: true, Allowed: true),
        new("decision 0004, rule 16: a namespace selector on the name label alone needs no Namespace object",
            NameSubject, [Resource(UnreadableResources.Namespaces, null)], "y/a", Metadata, Unknown: false, Allowed: true),
        new("decision 0004: unreadable namespaces do not matter without namespace-label selectors",
            Base.EgressPolicy("x/deny", ""), [Resource(UnreadableResources.Namespaces, null)], "x/a", Metadata, Unknown: false, Allowed: false),
        new("decision 0004: a namespace-label peer matters only for pod destinations",
            Base.EgressPolicy("x/to-y", "", Egress.To(Peer.Namespaces("ns=y"))), [Resource(UnreadableResources.Namespaces, null)],
            "x/a", "10.0.2.1:80/TCP", Unknown: true, Allowed: true),
        new("decision 0004: ... an external destination stays certain (rule 14)",
            Base.EgressPolicy("x/to-y", "", Egress.To(Peer.Namespaces("ns=y"))), [Resource(UnreadableResources.Namespaces, null)],
            "x/a", Metadata, Unknown: false, Allowed: false),
        new("decision 0004: unreadable nodes leave a verdict unknown where an admin policy has a nodes peer",
            Base.AdminCnp("to-nodes", 5, Admin.Everyone, Admin.Accept(AdminPeers.Nodes(""))), [Resource(UnreadableResources.Nodes, null)],
            "x/a", Metadata, Unknown: true, Allowed: true),
        new("decision 0004: unreadable pods and daemonsets change no verdict",
            Base, [Resource(UnreadableResources.Pods, "x"), Resource(UnreadableResources.DaemonSets, null)], "x/a", Metadata, Unknown: false, Allowed: true),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_mark_a_verdict_unknown_When_it_depends_on_an_unreadable_resource(UnknownCase row)
    {
        var snapshot = row.World.Build() with { Unreadable = row.Unreadable };
        var verdict = new EgressEngine(snapshot).Evaluate(snapshot.Pod(row.From), snapshot.Destination(row.To));
        Assert.True(row.Unknown == verdict.IsUnknown, $"{row.Source}: unknown {verdict.IsUnknown} [{string.Join("; ", verdict.Unknown)}]");
        Assert.True(row.Allowed == verdict.Allowed, $"{row.Source}: allowed {verdict.Allowed} ({verdict.Decision})");
    }

    [Fact]
    public void Should_name_the_resource_and_its_scope_When_a_verdict_is_unknown()
    {
        var snapshot = Base.Build() with { Unreadable = [Np("x")] };
        var verdict = new EgressEngine(snapshot).Evaluate(snapshot.Pod("x/a"), snapshot.Destination(Metadata));
        Assert.Equal("networkpolicies in x could not be read", Assert.Single(verdict.Unknown));
    }

    private static UnreadableResource Np(string? ns) => Resource(UnreadableResources.NetworkPolicies, ns);

    private static UnreadableResource Resource(string resource, string? ns) => new(resource, ns, Forbidden);

    /// <summary>One row of <see cref="Rows"/>.</summary>
    public sealed record UnknownCase(string Source, World World, ImmutableArray<UnreadableResource> Unreadable, string From, string To, bool Unknown, bool Allowed)
    {
        public override string ToString() => $"{From} -> {To} [{Source}]";
    }
}
