using CsCheck;
using MetaFence.Core.Audit;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>
/// DESIGN "evaluate once per distinct subject": <see cref="VerdictSharing"/> hands one subject's
/// verdict to every subject with the same <see cref="VerdictKey"/>. On random worlds, every
/// question answered through the sharing equals the engine's own answer for that very subject.
/// </summary>
public sealed class VerdictSharingTests
{
    [Fact]
    public void Should_answer_as_the_engine_does_for_each_subject_When_verdicts_are_shared()
    {
        var compared = 0;
        var shared = 0;
        for (var world = 0; world < 600; world++)
        {
            var (snapshot, asked) = new RandomWorld(new PCG((uint)world, EngineDifferentialTests.DefaultSeed)).Next(12);

            // Every third world cannot read the NetworkPolicies of one namespace (decision 0004):
            // look-alikes in other namespaces must not share that namespace's unknown verdicts.
            if (world % 3 == 0 && snapshot.Pods.FirstOrDefault() is { } first)
            {
                snapshot = snapshot with { Unreadable = [new UnreadableResource(UnreadableResources.NetworkPolicies, first.Namespace, "forbidden")] };
            }

            var engine = new EgressEngine(snapshot);
            var sharing = new VerdictSharing(engine);
            var destinations = asked.Select(q => q.Destination).Distinct().ToList();

            // Ask every pod every destination, so pods with equal keys answer from one another's cache.
            foreach (var pod in snapshot.Pods.Where(p => !p.IsTerminated))
            {
                foreach (var destination in destinations)
                {
                    var expected = engine.Evaluate(pod, destination);
                    var actual = sharing.Evaluate(pod, destination);
                    Assert.True(Same(expected, actual), $"world {world}: {pod} -> {destination}: engine {expected.Allowed} {expected.Decision}, shared {actual.Allowed} {actual.Decision}");
                    compared++;
                }
            }

            var pods = snapshot.Pods.Where(p => !p.IsTerminated).ToList();
            shared += pods.Count - pods.Select(sharing.KeyOf).Distinct().Count();
        }

        Assert.True(compared > 5_000, $"only {compared} questions compared");
        Assert.True(shared > 100, $"only {shared} pods shared another pod's key: the test would not see a wrong sharing");
    }

    [Fact]
    public void Should_give_different_keys_When_different_policies_select_two_pods()
    {
        var (snapshot, _) = new RandomWorld(new PCG(7, EngineDifferentialTests.DefaultSeed)).Next(1);
        var engine = new EgressEngine(snapshot);
        var pods = snapshot.Pods.Where(p => !p.IsTerminated).ToList();
        foreach (var a in pods)
        {
            foreach (var b in pods)
            {
                var sameKey = engine.VerdictKey(a).Equals(engine.VerdictKey(b));
                var samePolicies = a.HostNetwork == b.HostNetwork
                    && engine.IsIsolatedForEgress(a) == engine.IsIsolatedForEgress(b);
                Assert.True(!sameKey || samePolicies, $"{a} and {b} share a key but not their isolation");
            }
        }
    }

    private static bool Same(Verdict a, Verdict b) =>
        a.Allowed == b.Allowed && a.Decision == b.Decision
        && a.DecidedBy.SequenceEqual(b.DecidedBy) && a.Notes.SequenceEqual(b.Notes) && a.Trail.SequenceEqual(b.Trail) && a.Unknown.SequenceEqual(b.Unknown);
}
