using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>
/// A semantic row for the Calico and Cilium kinds (SEMANTICS K, L): a tiny world, the extra
/// objects added to its snapshot, a question, the expected answer and decision, and the source.
/// Asked of the engine only: the reference evaluator does not model these kinds yet.
/// </summary>
public sealed record LayeredCase(string Source, World World, Func<ClusterSnapshot, ClusterSnapshot> Add, string From, string To, bool Allowed, Decision Decision)
{
    public void Check()
    {
        var snapshot = Add(World.Build());
        var verdict = new EgressEngine(snapshot).Evaluate(snapshot.Pod(From), snapshot.Destination(To));
        var by = string.Join("; ", verdict.DecidedBy.Select(r => $"{r.Policy} rule {r.Rule?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: {r.Description}"));
        Assert.True(verdict.Allowed == Allowed && verdict.Decision == Decision,
            $"{From} -> {To}: expected {(Allowed ? "reachable" : "blocked")} ({Decision}), actual {(verdict.Allowed ? "reachable" : "blocked")} ({verdict.Decision}) by [{by}]; source: {Source}");
        if (Decision is not (Decision.DefaultAllow or Decision.HostNetwork))
        {
            Assert.NotEmpty(verdict.DecidedBy); // every verdict names the deciding policy and rule
        }
    }

    public override string ToString() => $"{From} -> {To}: {(Allowed ? "reachable" : "blocked")} [{Source}]";
}
