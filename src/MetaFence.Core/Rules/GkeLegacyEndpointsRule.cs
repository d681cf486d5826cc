using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF023: a GKE node pool with the legacy metadata endpoints on (<c>disable-legacy-endpoints</c>
/// not <c>true</c>): v0.1 and v1beta1 answer without the <c>Metadata-Flavor: Google</c> header, so
/// a plain SSRF GET is enough (GKE, "Protect cluster metadata").
/// </summary>
public sealed class GkeLegacyEndpointsRule : AuditRule
{
    public override string Id => "MF023";

    public override string Title => "GKE legacy metadata endpoints enabled";

    public override ImmutableArray<string> References => [PostureSources.GkeLegacyEndpoints, MitreT1552005];

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        foreach (var group in context.Posture?.Groups(NodeCloud.Gcp) ?? [])
        {
            var nodes = group.ToList();
            if (!nodes[0].LegacyEndpointsEnabled)
            {
                continue;
            }

            yield return Create(Severity.Medium,
                    $"The legacy metadata endpoints (v0.1, v1beta1) are on for {NodeFixes.Describe(nodes)}: they answer without the Metadata-Flavor: Google header, so a plain GET from an SSRF bug is enough.")
                with
            {
                Remediation = NodeFixes.GkeLegacyEndpoints(nodes[0].Group ?? "POOL"),
            };
        }
    }
}
