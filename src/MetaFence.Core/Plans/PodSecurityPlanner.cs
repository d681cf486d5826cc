using System.Collections.Immutable;
using MetaFence.Core.Audit;

namespace MetaFence.Core.Plans;

/// <summary>
/// The <c>pod-security</c> style: Pod Security Admission labels for each target namespace.
/// Both the baseline and the restricted standard forbid <c>hostNetwork</c>, which bypasses every
/// policy layer and the IMDSv2 hop limit (SEMANTICS 36). Admission only judges new pods.
/// </summary>
internal static class PodSecurityPlanner
{
    public const string Prefix = "pod-security.kubernetes.io/";

    public static StylePlan Plan(PlanContext context, out ImmutableArray<string> notes)
    {
        var level = context.Request.Level == PodSecurityLevel.Restricted ? "restricted" : "baseline";
        var hostNetwork = context.Request.Cluster is { } cluster
            ? SubjectBuilder.Build(cluster).Where(s => s.HostNetwork && context.Targets.Namespaces.Contains(s.Namespace)).ToList()
            : [];
        notes = [.. hostNetwork.Select(s =>
            $"--style pod-security: {s.Object} uses hostNetwork; enforce={level} refuses its pods when they are next created (move it to an exempt namespace or drop hostNetwork)")];
        var objects = context.Targets.Namespaces.Select(ns => (PlannedObject)new NamespaceLabelsPlan
        {
            Style = FenceStyle.PodSecurity,
            Name = ns,
            Labels =
            [
                KeyValuePair.Create(Prefix + "audit", "restricted"),
                KeyValuePair.Create(Prefix + "enforce", level),
                KeyValuePair.Create(Prefix + "enforce-version", "latest"),
                KeyValuePair.Create(Prefix + "warn", "restricted"),
            ],
            Comments =
            [
                $"Pod Security Admission for {ns}: enforce {level}, which forbids hostNetwork (it bypasses NetworkPolicy and the IMDSv2 hop limit).",
                level == "restricted"
                    ? "warn and audit at restricted too. kubectl apply adds these labels and keeps the others; the same by hand:"
                    : "warn and audit at restricted show what the stricter level would refuse, without refusing it. kubectl apply adds these labels and keeps the others; the same by hand:",
                $"$ kubectl label namespace {ns} --overwrite {Prefix}enforce={level} {Prefix}enforce-version=latest {Prefix}warn=restricted {Prefix}audit=restricted",
                .. hostNetwork.Where(s => s.Namespace == ns).Select(s => $"Refused when next created: {s.Object} (hostNetwork)."),
            ],
        });
        return new StylePlan(FenceStyle.PodSecurity, [.. objects]);
    }
}
