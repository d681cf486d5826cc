using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF021: EC2 nodes require IMDSv2, but their hop limit lets the token reply reach pods on the
/// pod network (hop limit ≥ the pod's distance in hops, which depends on the CNI). EKS managed
/// node groups without a custom launch template get hop limit 2 (EKS User Guide, "Customize
/// managed nodes with launch templates"): the finding says so loudly.
/// </summary>
public sealed class HopLimitReachesPodsRule : AuditRule
{
    public override string Id => "MF021";

    public override string Title => "Hop limit lets pods get IMDSv2 tokens";

    public override ImmutableArray<string> References => [PostureSources.ImdsOptions, PostureSources.EksLaunchTemplates, MitreT1552005];

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        var hops = context.Posture?.Hops ?? PodNetworkHops.Default;
        foreach (var group in context.Posture?.Groups(NodeCloud.Aws) ?? [])
        {
            var nodes = group.ToList();
            if (nodes[0].Imds is not { Enabled: true, Tokens: MetadataTokens.Required } imds || imds.HopLimit < hops.Hops)
            {
                continue;
            }

            var pods = NodeRisk.Reaching(context, nodes, CredentialExposure.AwsImds, hostNetwork: false);
            if (pods.Count == 0)
            {
                continue;
            }

            var loud = nodes[0].IsEksManagedNodeGroup && imds.HopLimit == 2
                ? " THIS IS THE EKS DEFAULT: a managed node group created without a custom launch template gets hop limit 2, which hands the node role to every pod."
                : string.Empty;
            var identity = nodes[0].Identity is { } id ? $"role {id.ShortName}" : "the node's role (if it has one)";
            yield return Create(Severity.High, string.Create(CultureInfo.InvariantCulture,
                    $"IMDSv2 is required on {NodeFixes.Describe(nodes)}, but the hop limit {imds.HopLimit} lets the token reply travel the {hops.Hops} hops to a pod ({hops.Basis}), so {NodeRisk.Count(pods, "pod-network subject")} can take the credentials of {identity}.{loud}"))
                with
            {
                Remediation = NodeFixes.AwsImds(nodes),
            };
        }
    }
}
