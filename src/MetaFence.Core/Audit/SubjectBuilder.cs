using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Audit;

/// <summary>
/// Groups pods into audit rows: replicas of one owner with the same labels and host-network
/// setting share a row (they share every verdict); bare pods and templates get their own.
/// </summary>
public static class SubjectBuilder
{
    public static ImmutableArray<AuditSubject> Build(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rows = new List<AuditSubject>();
        foreach (var group in snapshot.Pods.Where(p => !p.IsTerminated).GroupBy(GroupKey))
        {
            var pods = group.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var first = pods[0];
            var kind = first.IsTemplate ? SubjectKind.Template : first.Owner is null ? SubjectKind.Pod : SubjectKind.Workload;
            rows.Add(new AuditSubject
            {
                Kind = kind,
                Object = first.Owner ?? new ObjectRef("Pod", first.Namespace, first.Name),
                Representative = first,
                PodNames = first.IsTemplate ? [] : [.. pods.Select(p => p.Name)],
            });
        }

        return [.. rows
            .OrderBy(r => r.Namespace, StringComparer.Ordinal)
            .ThenBy(r => r.Object.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Object.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.Representative.Name, StringComparer.Ordinal)];
    }

    private static (string, string, string, LabelSet, bool, bool) GroupKey(PodInfo pod) =>
        pod.Owner is null
            ? (pod.Namespace, "Pod", pod.Name, pod.Labels, pod.HostNetwork, pod.IsTemplate)
            : (pod.Namespace, pod.Owner.Kind, pod.Owner.Name, pod.Labels, pod.HostNetwork, pod.IsTemplate);
}
