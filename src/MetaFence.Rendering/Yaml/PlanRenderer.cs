using System.Collections.Immutable;
using System.Diagnostics;
using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// Renders a <see cref="FencePlan"/>: one document per object, in plan order, each starting with
/// the comments that explain it. Namespaced styles get a file per namespace
/// (<c>networkpolicy-shop.yaml</c>), cluster-wide styles one file each.
/// </summary>
public static class PlanRenderer
{
    public static ImmutableArray<RenderedDocument> Render(FencePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Styles.SelectMany(s => s.Objects).Select(Render)];
    }

    public static RenderedDocument Render(PlannedObject planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var style = FenceStyles.Name(planned.Style);
        var file = planned.Style switch
        {
            FenceStyle.NetworkPolicy or FenceStyle.TwoPolicy => $"{style}-{planned.Namespace}.yaml",
            FenceStyle.Cloud => "cloud-hardening.md",
            _ => $"{style}.yaml",
        };
        return planned switch
        {
            NetworkPolicyPlan policy => new(planned.Style, file, YamlEmitter.Write(NetworkPolicyYaml.Of(policy)), true),
            AdminPolicyPlan policy => new(planned.Style, file, YamlEmitter.Write(AdminPolicyYaml.Of(policy)), true),
            CalicoTierPlan tier => new(planned.Style, file, YamlEmitter.Write(CalicoYaml.Of(tier)), true),
            CalicoPolicyPlan policy => new(planned.Style, file, YamlEmitter.Write(CalicoYaml.Of(policy)), true),
            CiliumPolicyPlan policy => new(planned.Style, file, YamlEmitter.Write(CiliumYaml.Of(policy)), true),
            NamespaceLabelsPlan ns => new(planned.Style, file, YamlEmitter.Write(NamespaceYaml.Of(ns)), true),
            NodeFirewallScriptPlan script => new(planned.Style, file, YamlEmitter.Write(NodeFirewallYaml.Of(script)), true),
            NodeFirewallDaemonSetPlan daemonSet => new(planned.Style, file, YamlEmitter.Write(NodeFirewallYaml.Of(daemonSet)), true),
            CloudHardeningPlan cloud => new(planned.Style, file, CloudMarkdown.Of(cloud), false),
            _ => throw new UnreachableException($"no renderer for {planned.GetType().Name}"),
        };
    }

    /// <summary>Manifest documents as one multi-document YAML text.</summary>
    public static string Join(IEnumerable<RenderedDocument> documents) =>
        string.Join("---\n", documents.Where(d => d.IsManifest).Select(d => d.Text));
}
