using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// The self-check that runs before anything is printed: the engine evaluates the input cluster
/// (or stand-ins) with and without the generated objects. Proven means every fenced subject is
/// blocked from every credential destination, IPv4 and IPv6, while whatever it could reach
/// before among DNS, in-cluster traffic, ordinary egress and the kept services it still
/// reaches, and every <c>--allow</c> workload keeps its access.
/// </summary>
public static class FenceCheck
{
    /// <summary>Checks <paramref name="generated"/> (the style's objects, loaded back from their YAML) for <paramref name="plan"/>.</summary>
    public static FenceCheckReport Run(FencePlan plan, string style, ClusterSnapshot generated)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(generated);
        var world = CheckWorld.Build(plan);
        var before = new EgressEngine(world.Before);
        var after = new EgressEngine(Apply(world.Before, generated));
        var failures = ImmutableArray.CreateBuilder<CheckFailure>();
        var seen = new Dictionary<(string, LabelSet, string?), ImmutableArray<CheckFailure>>();
        foreach (var subject in world.Subjects)
        {
            var key = (subject.Pod.Namespace, subject.Pod.Labels, subject.Allow?.Text);
            if (!seen.TryGetValue(key, out var found))
            {
                found = [.. Check(subject, world.Destinations, before, after, style)];
                seen[key] = found;
            }

            failures.AddRange(found.Select(f => f with { Subject = subject }));
        }

        return new FenceCheckReport
        {
            Style = style,
            Failures = failures.ToImmutable(),
            Invalid = [.. generated.Problems.Select(p => $"{p.Object}: {(p.Rejected ? "rejected" : "warning")}: {p.Message} (SEMANTICS {p.Rule})")],
            Subjects = world.Subjects,
            HostNetwork = world.HostNetwork,
            Destinations = world.Destinations,
        };
    }

    private static IEnumerable<CheckFailure> Check(
        CheckSubject subject, ImmutableArray<CheckDestination> destinations, EgressEngine before, EgressEngine after, string style)
    {
        var verdicts = after.Evaluate(subject.Pod, [.. destinations.Select(d => d.Destination)]);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < destinations.Length; i++)
        {
            var destination = destinations[i];
            var verdict = verdicts[i];
            var mustBlock = destination.IsCredential && subject.Allow is null;
            var broken = mustBlock ? verdict.Allowed : !verdict.Allowed && before.Evaluate(subject.Pod, destination.Destination).Allowed;

            // One failure per subject and kind of destination: the first address and port shows the rule.
            if (broken && reported.Add($"{mustBlock}:{destination.What}"))
            {
                yield return new CheckFailure(style, subject, destination, verdict);
            }
        }
    }

    /// <summary>The cluster as it would be once the objects are applied: same-named objects are replaced.</summary>
    private static ClusterSnapshot Apply(ClusterSnapshot cluster, ClusterSnapshot generated) => cluster with
    {
        NetworkPolicies = [.. cluster.NetworkPolicies.Where(p => !generated.NetworkPolicies.Any(g => g.Ref == p.Ref)), .. generated.NetworkPolicies],
        AdminPolicies = [.. cluster.AdminPolicies.Where(p => !generated.AdminPolicies.Any(g => g.Ref == p.Ref)), .. generated.AdminPolicies],
        CalicoPolicies = [.. cluster.CalicoPolicies.Where(p => !generated.CalicoPolicies.Any(g => g.Name == p.Name)), .. generated.CalicoPolicies],
        CalicoTiers = [.. cluster.CalicoTiers.Where(t => !generated.CalicoTiers.Any(g => g.Name == t.Name)), .. generated.CalicoTiers],
        CiliumPolicies = [.. cluster.CiliumPolicies.Where(p => !generated.CiliumPolicies.Any(g => g.Ref == p.Ref)), .. generated.CiliumPolicies],
    };
}
