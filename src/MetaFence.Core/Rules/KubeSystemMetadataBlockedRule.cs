using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF006: metadata is blocked for kube-system pods, which breaks cloud controllers, the
/// cluster autoscaler and CSI drivers that use the node identity (DESIGN "common mistakes").
/// </summary>
public sealed class KubeSystemMetadataBlockedRule : AuditRule
{
    public override string Id => "MF006";

    public override string Title => "Metadata blocked for kube-system";

    public override IEnumerable<Finding> Evaluate(AuditContext context) =>
        context.PodNetworkResults
            .Where(r => r.Subject.Namespace == "kube-system")
            .Select(r => (Result: r, Blocked: r.Endpoints.Where(e => IsNodeIdentity(e.Endpoint) && !e.Reachable).ToList()))
            .Where(x => x.Blocked.Count > 0)
            .Select(x => Create(Severity.Medium,
                    $"{CredentialEndpointReachableRule.Describe(x.Result.Subject)} in kube-system cannot reach {Ids.Describe(x.Blocked.Select(e => e.Endpoint.Id))}: cloud controllers, the cluster autoscaler and CSI drivers that rely on the node identity break. Decided by: {Explain.Summary(x.Blocked[0].Destinations[0].Verdict)}.")
                with
            {
                Namespace = "kube-system",
                Subject = x.Result.Subject.Object,
                Location = x.Result.Subject.Representative.Location,
                Remediation = "Exempt kube-system from metadata blocks (or give these components their own identity: IRSA/EKS Pod Identity, GKE Workload Identity, Azure Workload Identity) before fencing it.",
            });

    /// <summary>Endpoints that hand out the node's identity; ECS task credentials and WireServer do not.</summary>
    private static bool IsNodeIdentity(Endpoint endpoint) =>
        endpoint.Role == EndpointRole.CredentialSource && endpoint.Id is not ("aws-ecs-task" or "azure-wireserver");
}
