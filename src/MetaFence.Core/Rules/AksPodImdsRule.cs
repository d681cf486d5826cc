using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF025: an AKS agent pool where pods reach IMDS (<c>podLinkLocalAccess</c> IMDS or unset, the
/// default): any pod gets tokens for the kubelet managed identity (AKS, Block pod access to IMDS).
/// High when a pod-network subject reaches <c>azure-imds</c>, else medium.
/// </summary>
public sealed class AksPodImdsRule : AuditRule
{
    public override string Id => "MF025";

    public override string Title => "AKS node pool lets pods reach IMDS and the kubelet identity";

    public override ImmutableArray<string> References => [PostureSources.AksImdsRestriction, PostureSources.AksPodLinkLocalAccess, MitreT1552005];

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        foreach (var group in context.Posture?.Groups(NodeCloud.Azure) ?? [])
        {
            var nodes = group.ToList();
            if (nodes[0].AksPodImdsBlocked != false)
            {
                continue;
            }

            var pods = NodeRisk.Reaching(context, nodes, CredentialExposure.AzureImds, hostNetwork: false);
            var identity = nodes[0].Identity is { } id ? $"the kubelet managed identity {id.ShortName}" : "the kubelet managed identity";
            yield return Create(pods.Count > 0 ? Severity.High : Severity.Medium,
                    $"Pods reach IMDS on {NodeFixes.Describe(nodes)} (podLinkLocalAccess IMDS or unset): any pod can get tokens for {identity}. "
                    + (pods.Count > 0 ? $"{NodeRisk.Count(pods, "pod-network subject")} can reach it." : "No pod-network subject reaches it today."))
                with
            {
                Remediation = NodeFixes.AksImds(nodes[0].Cluster ?? "CLUSTER", nodes[0].ResourceGroup),
            };
        }
    }
}
