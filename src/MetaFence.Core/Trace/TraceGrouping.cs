using System.Collections.Immutable;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Trace;

/// <summary>Counts the paths each fix cuts and groups paths by node group and identity.</summary>
internal static class TraceGrouping
{
    /// <summary>The same paths with every fix's <see cref="TraceFix.PathsCut"/> filled in.</summary>
    public static ImmutableArray<TracePath> CountCuts(List<TracePath> ranked)
    {
        var cuts = ranked.SelectMany(p => p.Fixes.Select(f => f.Scope).Distinct(StringComparer.Ordinal))
            .GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. ranked.Select(p => p with { Fixes = [.. p.Fixes.Select(f => f with { PathsCut = cuts[f.Scope] })] })];
    }

    public static ImmutableArray<TraceGroup> Group(ImmutableArray<TracePath> ranked, ClusterPosture posture) =>
    [
        .. ranked.GroupBy(p => p.GroupKey, StringComparer.Ordinal).Select(g =>
        {
            var paths = g.ToImmutableArray();
            var nodes = posture.Nodes.Where(n => n.GroupKey == g.Key).Select(n => n.NodeName).ToImmutableArray();
            return new TraceGroup
            {
                NodeGroup = paths[0].NodeGroup,
                Nodes = nodes.IsEmpty ? [.. paths.SelectMany(p => p.Nodes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : nodes,
                Identity = paths[0].Identity,
                Grant = paths[0].Grant,
                Paths = paths,
                Fixes = [.. paths.SelectMany(p => p.Fixes).DistinctBy(f => f.Scope, StringComparer.Ordinal)
                    .OrderBy(f => f.Kind).ThenByDescending(f => f.PathsCut).ThenBy(f => f.Summary, StringComparer.Ordinal)],
            };
        }),
    ];
}
