using MetaFence.Core.Dataplane;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF012: the detected network plugin does not enforce egress NetworkPolicy (every policy is a
/// dead letter), or enforces it only behind a setting the input does not show.
/// </summary>
public sealed class DataplaneEnforcementRule : AuditRule
{
    public override string Id => "MF012";

    public override string Title => "Network plugin does not (or may not) enforce NetworkPolicy";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        var dataplane = context.Engine.Dataplane;
        if (dataplane.NonEnforcing is { } plugin)
        {
            yield return Create(Severity.Critical,
                    $"{plugin.Name} runs here ({plugin.Evidence}): {plugin.Explanation}. Every NetworkPolicy is a dead letter, so every pod reaches the metadata endpoints unless a node firewall stops it.{Unverified(plugin)}")
                with
            {
                References = [plugin.Source, Cis532, MitreT1552005],
                Remediation = Fix(plugin),
            };
        }

        foreach (var conditional in dataplane.Plugins.Where(p => p.Enforcement == Enforcement.EnforcesIfEnabled))
        {
            yield return Create(Severity.Medium,
                    $"{conditional.Name} runs here ({conditional.Evidence}): {conditional.Explanation}. The verdicts assume it is on.")
                with
            {
                References = [conditional.Source],
                Remediation = "Check: kubectl -n kube-system get daemonset aws-node -o jsonpath='{.spec.template.spec.containers[?(@.name==\"aws-eks-nodeagent\")].args}'\n"
                    + "It must hold --enable-network-policy=true; on the EKS add-on set the configuration value {\"enableNetworkPolicy\": \"true\"}.",
            };
        }
    }

    private static string Unverified(DetectedPlugin plugin) => plugin.Verified ? string.Empty : " (reported, unverified)";

    private static string Fix(DetectedPlugin plugin) => plugin.Kind switch
    {
        PluginKind.AwsVpcCni => "Update the VPC CNI to 1.14 or later and turn on network policy: set the EKS add-on configuration value {\"enableNetworkPolicy\": \"true\"}. Until then, block metadata on the nodes (`metafence generate --style node-firewall`) and require IMDSv2 with hop limit 1.",
        PluginKind.Flannel => "Add Calico for policy (Canal) or move to a plugin that enforces NetworkPolicy; until then, block metadata on the nodes (`metafence generate --style node-firewall`).",
        PluginKind.Weave => "Run the weave-npc container in the weave-net DaemonSet, or move to a maintained plugin (Weave Net is archived); until then, block metadata on the nodes.",
        PluginKind.OpenShiftSdn => "Migrate to OVN-Kubernetes, which enforces egress rules; until then, block metadata with an EgressNetworkPolicy (egress firewall) per project or on the nodes.",
        _ => "Use a network plugin that enforces NetworkPolicy egress rules, or block metadata on the nodes (`metafence generate --style node-firewall`).",
    };
}
