using MetaFence.Core.Cloud;
using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF022: a GKE node pool without <c>GKE_METADATA</c>: pods read the node's service account token
/// from the Compute Engine metadata server (GKE API, <c>WorkloadMetadataConfig.Mode</c>).
/// </summary>
public sealed class GkeNodeMetadataExposedRule : AuditRule
{
    public override string Id => "MF022";

    public override string Title => "GKE node pool exposes the node service account";

    public override ImmutableArray<string> References => [PostureSources.GkeWorkloadMetadata, PostureSources.GkeWorkloadIdentity, MitreT1552005];

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        foreach (var group in context.Posture?.Groups(NodeCloud.Gcp) ?? [])
        {
            var nodes = group.ToList();
            if (nodes[0].GkeMode is GkeWorkloadMetadataMode.GkeMetadata or GkeWorkloadMetadataMode.Unknown)
            {
                continue;
            }

            var pods = NodeRisk.Reaching(context, nodes, CredentialExposure.GcpMetadata, hostNetwork: false);
            var identity = nodes[0].Identity is { } id ? $"service account {id.Name}" : "the node's service account";
            var mode = CredentialExposure.ModeText(nodes[0].GkeMode);
            yield return Create(pods.Count > 0 ? Severity.High : Severity.Medium,
                    $"Workload metadata mode is {mode} on {NodeFixes.Describe(nodes)}: pods read the token of {identity} from the Compute Engine metadata server. "
                    + (pods.Count > 0 ? $"{NodeRisk.Count(pods, "pod-network subject")} can reach it." : "No pod-network subject reaches it today."))
                with
            {
                Remediation = NodeFixes.GkeMetadata(nodes[0].Group ?? "POOL"),
            };
        }
    }
}
