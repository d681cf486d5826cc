using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF020: EC2 nodes allow IMDSv1 (<c>HttpTokens optional</c>): a plain GET, which an SSRF bug can
/// send, returns the node role's credentials, and the hop limit does not apply (AWS EC2 User
/// Guide, "Configure the instance metadata options"). One finding per group of like nodes.
/// </summary>
public sealed class ImdsV1AllowedRule : AuditRule
{
    public override string Id => "MF020";

    public override string Title => "IMDSv1 allowed on nodes";

    public override ImmutableArray<string> References => [PostureSources.ImdsOptions, PostureSources.EksInstanceProfile, MitreT1552005];

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        foreach (var group in context.Posture?.Groups(NodeCloud.Aws) ?? [])
        {
            var nodes = group.ToList();
            if (nodes[0].Imds is not { Enabled: true, Tokens: MetadataTokens.Optional })
            {
                continue;
            }

            var pods = NodeRisk.Reaching(context, nodes, CredentialExposure.AwsImds, hostNetwork: false);
            var identity = nodes[0].Identity is { } id ? $"role {id.ShortName}" : "the node's role (if it has one)";
            yield return Create(pods.Count > 0 ? Severity.High : Severity.Medium,
                    $"IMDSv1 is allowed (HttpTokens optional) on {NodeFixes.Describe(nodes)}: a plain GET to 169.254.169.254, the kind an SSRF bug sends, returns the credentials of {identity}, and the hop limit does not apply to IMDSv1. "
                    + (pods.Count > 0 ? $"{NodeRisk.Count(pods, "pod-network subject")} can reach IMDS there." : "No pod-network subject reaches IMDS there today."))
                with
            {
                Remediation = NodeFixes.AwsImds(nodes),
            };
        }
    }
}
