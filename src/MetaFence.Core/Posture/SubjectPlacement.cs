using System.Collections.Frozen;
using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Posture;

/// <summary>
/// Which nodes a subject's pods run on (<c>spec.nodeName</c>). A template, or pods not scheduled
/// yet, may land on any node: the placement is then empty and <see cref="IsUnscheduled"/> says so.
/// </summary>
public sealed class SubjectPlacement(ClusterSnapshot snapshot)
{
    private readonly FrozenDictionary<(string, string), string?> _nodeOf = snapshot.Pods
        .Where(p => !p.IsTemplate)
        .GroupBy(p => (p.Namespace, p.Name))
        .ToFrozenDictionary(g => g.Key, g => g.First().NodeName);

    /// <summary>The distinct node names of the subject's pods, sorted; empty when none is scheduled.</summary>
    public ImmutableArray<string> Nodes(AuditSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return [.. subject.PodNames
            .Select(name => _nodeOf.GetValueOrDefault((subject.Namespace, name)))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>A template, or pods with no node yet: they may run on any node.</summary>
    public bool IsUnscheduled(AuditSubject subject) => Nodes(subject).IsEmpty;
}
