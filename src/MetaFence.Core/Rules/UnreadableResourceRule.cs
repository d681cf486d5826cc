using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF011: a resource could not be read (RBAC refused it, …); says what that leaves unknown
/// (docs/decisions/0004-unknown-verdicts.md). Verdicts that depend on it are unknown, never blocked.
/// </summary>
public sealed class UnreadableResourceRule : AuditRule
{
    public override string Id => "MF011";

    public override string Title => "Resource could not be read";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        foreach (var resource in context.Snapshot.Unreadable
            .OrderBy(r => r.Resource, StringComparer.Ordinal).ThenBy(r => r.Namespace ?? string.Empty, StringComparer.Ordinal))
        {
            var reason = UnknownSources.Reason(resource);
            var unknown = context.Results.Count(r => r.Endpoints.Any(e => e.Unknown.Contains(reason)));
            var leaves = unknown > 0
                ? string.Create(CultureInfo.InvariantCulture, $"the verdicts of {unknown} subject(s) depend on it and are unknown (shown as ?), not blocked")
                : Consequence(resource.Resource.Split('.')[0]);
            yield return Create(unknown > 0 ? Severity.High : Severity.Medium,
                    $"{reason} ({resource.Reason}): {leaves}.")
                with
            {
                Namespace = resource.Namespace,
                References = ["docs/decisions/0004-unknown-verdicts.md"],
                Remediation = $"Grant the auditing identity list access, e.g. a ClusterRole with rule `verbs: [get, list, watch]` on `{resource.Resource}`, or run the audit from a dump (`kubectl get {resource.Resource} -A -o yaml`).",
            };
        }
    }

    private static string Consequence(string resource) => resource switch
    {
        UnreadableResources.Pods => "pods there are not listed; workloads still count through their pod templates",
        UnreadableResources.Nodes => "which pods run on Windows or Fargate nodes, where NetworkPolicy is not enforced, is unknown",
        UnreadableResources.DaemonSets => "the network plugin (CNI) and node-local proxies may go undetected",
        _ => "no verdict of this audit depends on it",
    };
}
