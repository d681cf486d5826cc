using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// Target namespaces: <c>--namespace</c>, or every namespace of the input cluster, minus the
/// exempt ones. Names the input does not have, or that are exempt, are problems (exit 2).
/// </summary>
internal static class TargetResolver
{
    private const string NameExpected = "a namespace name: at most 63 lowercase letters, digits and '-'";

    public static FenceTargets Resolve(FenceRequest request, List<PlanProblem> problems)
    {
        foreach (var name in request.ExemptNamespaces.Where(n => !KubernetesNames.IsNamespace(n)))
        {
            problems.Add(new("--exempt-namespace", $"\"{name}\" is not a namespace name", NameExpected));
        }

        var exempt = Exemptions.With(request.ExemptNamespaces);
        var known = request.Cluster is null ? null : NamespacesOf(request.Cluster);
        if (request.Namespaces.IsEmpty)
        {
            return new FenceTargets(known is null ? [] : [.. known.Where(n => !exempt.Contains(n))], exempt, IsExplicit: false);
        }

        var targets = request.Namespaces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        foreach (var ns in targets)
        {
            if (!KubernetesNames.IsNamespace(ns))
            {
                problems.Add(new("--namespace", $"\"{ns}\" is not a namespace name", NameExpected));
            }
            else if (exempt.Contains(ns))
            {
                problems.Add(new("--namespace", $"{ns} is exempt: system and provider namespaces run agents that need the node identity",
                    "a workload namespace"));
            }
            else if (known is not null && !known.Contains(ns))
            {
                problems.Add(new("--namespace", $"namespace \"{ns}\" is not in the input", $"one of the input's namespaces: {Shorten(known)}"));
            }
        }

        return new FenceTargets(targets, exempt, IsExplicit: true);
    }

    /// <summary>Namespace objects, namespaces of pods and workloads (rule 16 choice), and of NetworkPolicies.</summary>
    public static ImmutableSortedSet<string> NamespacesOf(ClusterSnapshot cluster) =>
        [.. cluster.Namespaces.Select(n => n.Name).Concat(cluster.NetworkPolicies.Select(p => p.Namespace))];

    private static string Shorten(ImmutableSortedSet<string> names) =>
        names.Count == 0 ? "(the input has none)" : string.Join(", ", names.Take(12)) + (names.Count > 12 ? ", …" : string.Empty);
}
