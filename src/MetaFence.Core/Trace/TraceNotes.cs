using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Trace;

/// <summary>What a reader must know to trust the paths: assumptions, nodes and identities the exports did not cover.</summary>
internal static class TraceNotes
{
    public static ImmutableArray<string> For(ClusterPosture posture)
    {
        var notes = new List<string>();
        if (posture.Hops.Assumed)
        {
            notes.Add(posture.Hops.Basis);
        }

        notes.AddRange(posture.Notes);
        foreach (var reason in posture.Nodes.Where(n => n.Cloud == NodeCloud.Unknown)
            .GroupBy(n => string.Join("; ", n.Notes), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var names = reason.Select(n => n.NodeName).ToList();
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"posture unknown for {names.Count} node(s) ({string.Join(", ", names.Take(3))}{(names.Count > 3 ? ", …" : string.Empty)}): {(reason.Key.Length == 0 ? "no export covers them" : reason.Key)}"));
        }

        notes.AddRange(posture.Nodes.Where(n => n.Cloud != NodeCloud.Unknown).SelectMany(n => n.Notes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        notes.AddRange(posture.Grants.Values.Where(g => !g.Known).SelectMany(g => g.Notes).Distinct(StringComparer.Ordinal));
        return [.. notes];
    }
}
