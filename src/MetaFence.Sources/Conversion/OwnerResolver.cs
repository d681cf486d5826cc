using System.Text.RegularExpressions;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Follows controller owner references to the top-level controller (Pod → ReplicaSet →
/// Deployment, Pod → Job → CronJob) and picks the pod templates that stand in for workloads
/// with no running pods in the input.
/// </summary>
internal sealed partial class OwnerResolver(IReadOnlyDictionary<ObjectRef, WorkloadDraft> workloads)
{
    private const int MaxDepth = 10;

    public ObjectRef? TopOf(PodDraft pod) =>
        pod.Controller is { } controller ? Climb(Present(controller, pod.TemplateHash)) : null;

    /// <summary>The top controller of <paramref name="start"/>; itself when nothing in the input owns it.</summary>
    public ObjectRef Climb(ObjectRef start)
    {
        var current = start;
        for (var depth = 0; depth < MaxDepth && workloads.TryGetValue(current, out var workload) && workload.Controller is { } parent; depth++)
        {
            current = Present(parent, null);
        }

        return current;
    }

    /// <summary>
    /// One stand-in per top controller none of whose pods are in the input: the controller's own
    /// template when it is in the input, else that of its largest present child (the live ReplicaSet).
    /// </summary>
    public IEnumerable<PodInfo> StandIns(IReadOnlySet<ObjectRef> represented) =>
        workloads.Values
            .Where(w => w.Template is not null)
            .GroupBy(w => Climb(w.Ref))
            .Where(g => !represented.Contains(g.Key))
            .SelectMany(g =>
            {
                var source = g.FirstOrDefault(w => w.Ref == g.Key)
                    ?? g.OrderByDescending(w => w.Replicas).ThenBy(w => w.Ref.Name, StringComparer.Ordinal).First();
                return source.Template?.Value is { } template
                    ? [template with { Name = g.Key.Name, Namespace = g.Key.Namespace ?? template.Namespace, Owner = g.Key }]
                    : Enumerable.Empty<PodInfo>();
            });

    /// <summary>
    /// An owner absent from the input, recognised by naming convention: ReplicaSet
    /// <c>&lt;deployment&gt;-&lt;pod-template-hash&gt;</c>, Job <c>&lt;cronjob&gt;-&lt;minutes&gt;</c>,
    /// when that Deployment or CronJob is in the input.
    /// </summary>
    private ObjectRef Present(ObjectRef owner, string? templateHash)
    {
        if (workloads.ContainsKey(owner))
        {
            return owner;
        }

        var guess = owner.Kind switch
        {
            "ReplicaSet" when templateHash is { Length: > 0 } && owner.Name.EndsWith("-" + templateHash, StringComparison.Ordinal) =>
                owner with { Kind = "Deployment", Name = owner.Name[..^(templateHash.Length + 1)] },
            "Job" when ScheduledJobName().Match(owner.Name) is { Success: true } match =>
                owner with { Kind = "CronJob", Name = match.Groups[1].Value },
            _ => null,
        };
        return guess is not null && workloads.ContainsKey(guess) ? guess : owner;
    }

    [GeneratedRegex("^(.+)-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ScheduledJobName();
}
