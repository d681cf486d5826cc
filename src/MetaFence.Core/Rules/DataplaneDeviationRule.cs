using MetaFence.Core.Dataplane;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF013: the detected plugin deviates from the NetworkPolicy semantics in a way that changes
/// verdicts here (AWS agent before v1.0.4 ignores except; OpenShift SDN drops ipBlocks with
/// except; Cilium CIDR rules skip node-served addresses). The verdicts already include it.
/// </summary>
public sealed class DataplaneDeviationRule : AuditRule
{
    public override string Id => "MF013";

    public override string Title => "Dataplane deviates from NetworkPolicy semantics";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        foreach (var plugin in context.Engine.Dataplane.Plugins.Where(p => !p.Quirks.IsNone && p.Enforcement != Enforcement.DoesNotEnforce))
        {
            var quirks = new[] { plugin.Quirks.IgnoresExcept, plugin.Quirks.DropsIpBlockWithExcept, plugin.Quirks.CidrSkipsNodeServed }.OfType<string>();
            var severity = plugin.Quirks.IgnoresExcept is not null ? Severity.High : Severity.Low;
            yield return Create(severity,
                    $"{plugin.Name} runs here ({plugin.Evidence}) and deviates: {string.Join("; ", quirks)}. The verdicts above apply this and say so in their notes.")
                with
            {
                References = [plugin.Source],
                Remediation = plugin.Quirks.IgnoresExcept is not null
                    ? $"Update the VPC CNI add-on so the network policy agent is v{DataplaneDetector.AwsExceptFixed} or later (VPC CNI 1.15.1 ships it)."
                    : plugin.Quirks.CidrSkipsNodeServed is not null
                        ? "Allow node-served addresses (NodeLocal DNS) with a Cilium policy `toEntities: [host]` or by selecting the node-local-dns pods, not with an ipBlock."
                        : "Avoid except in ipBlocks on this plugin: list the allowed ranges explicitly, or block metadata on the nodes.",
            };
        }
    }
}
