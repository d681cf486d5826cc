using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF024: a node identity with harmful capabilities (the IAM evaluator's classes other than
/// read-only) that some subject can take, all layers joined (<see cref="CredentialExposure"/>).
/// One finding per identity; <c>metafence trace</c> shows every path to it.
/// </summary>
public sealed class NodeIdentityReachableRule : AuditRule
{
    public override string Id => "MF024";

    public override string Title => "Node identity with dangerous permissions reachable from pods";

    public override ImmutableArray<string> References => [PostureSources.EksInstanceProfile, MitreT1552005, "MITRE ATT&CK T1078.004"];

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        if (context.Posture is not { } posture)
        {
            yield break;
        }

        foreach (var grant in posture.Grants.Values.Where(g => g.Known))
        {
            var dangerous = grant.Dangerous.ToList();
            if (dangerous.Count == 0)
            {
                continue;
            }

            var nodes = posture.Nodes.Where(n => n.Identity?.Name == grant.Identity.Name).ToList();
            var subjects = Exposed(context, posture, nodes);
            if (subjects.Count == 0)
            {
                continue;
            }

            var what = string.Join("; ", dangerous.Take(3).Select(c => $"{c.Title} ({string.Join(", ", c.Actions.Take(3))} on {c.Resource})"))
                + (dangerous.Count > 3 ? $"; and {dangerous.Count - 3} more" : string.Empty);
            var noun = grant.Identity.Provider == "gcp" ? "Service account" : "Role";
            yield return Create(dangerous.Max(c => c.Severity),
                    $"{noun} {grant.Identity.ShortName} of {NodeFixes.Describe(nodes)} can be taken by {NodeRisk.Count(subjects, "subject")} and can: {what}. metafence trace shows every path.")
                with
            {
                Remediation = grant.Identity.Provider == "gcp" ? "Cut the paths (the fence, GKE_METADATA above) and " + NodeFixes.GcpServiceAccount(grant.Identity.Name) + "." : $"Cut the paths (the fence, the node settings above) and narrow {grant.Identity.ShortName}: granted by "
                    + string.Join("; ", dangerous.SelectMany(c => c.GrantedBy).Where(g => !Trace.TraceFixes.NodeNeeds(g)).DefaultIfEmpty("only the policies a node needs").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(5))
                    + ". Pods that need cloud access should have their own identity (IRSA or EKS Pod Identity, GKE Workload Identity).",
            };
        }
    }

    private static List<SubjectResult> Exposed(AuditContext context, ClusterPosture posture, List<NodePosture> nodes) =>
    [
        .. context.Results.Where(r =>
        {
            var placed = context.Placement.Nodes(r.Subject);
            var on = placed.IsEmpty ? nodes : nodes.Where(n => placed.Contains(n.NodeName)).ToList();
            return on.Count > 0 && r.Endpoints.Any(e => on.Any(n =>
                CredentialExposure.Evaluate(e, r.Subject.HostNetwork, n, posture.Hops)?.IsExposed == true));
        }),
    ];
}
