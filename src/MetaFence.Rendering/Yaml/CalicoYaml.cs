using System.Diagnostics;
using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// A <see cref="CalicoTierPlan"/> as a Calico <c>Tier</c> and a <see cref="CalicoPolicyPlan"/> as a
/// <c>GlobalNetworkPolicy</c> (projectcalico.org/v3), field names as in Calico's
/// <c>globalnetworkpolicy.mdx</c> and <c>tier.mdx</c> (SEMANTICS 53–56).
/// </summary>
internal static class CalicoYaml
{
    public static YamlMap Of(CalicoTierPlan plan) =>
        ObjectYaml.Start(plan, CalicoPolicyPlan.ApiVersion, "Tier").Add("spec", new YamlMap().Add("order", plan.Order));

    public static YamlMap Of(CalicoPolicyPlan plan)
    {
        var spec = new YamlMap()
            .Add("tier", plan.Tier)
            .Add("order", plan.Order)
            .Add("selector", new YamlScalar(plan.Selector).WithComments<YamlNode>(plan.SelectorComment))
            .Add("namespaceSelector", new YamlScalar(plan.NamespaceSelector).WithComments<YamlNode>(plan.NamespaceSelectorComment))
            .Add("types", YamlList.Of(["Egress"]).WithComments<YamlNode>("Egress only, written out: the default depends on the rules present (SEMANTICS 55)."))
            .Add("egress", YamlList.Of(plan.Egress.Select(Rule)));
        return ObjectYaml.Start(plan, CalicoPolicyPlan.ApiVersion, CalicoPolicyInfo.GlobalNetworkPolicyKind).Add("spec", spec);
    }

    private static YamlMap Rule(CalicoRulePlan rule)
    {
        var map = new YamlMap().Add("action", Action(rule.Action));
        map.Entries[0].Value.WithComments<YamlNode>(rule.Comment);
        if (rule.Protocol is { } protocol)
        {
            map.Add("protocol", protocol.ToString());
        }

        if (rule.Nets.IsEmpty && rule.Ports.IsEmpty)
        {
            return map;
        }

        var destination = new YamlMap();
        if (!rule.Nets.IsEmpty)
        {
            var nets = new YamlList();
            foreach (var net in rule.Nets)
            {
                nets.Add(net.Cidr.ToString(), net.Why);
            }

            destination.Add("nets", nets);
        }

        if (!rule.Ports.IsEmpty)
        {
            destination.Add("ports", YamlList.Of(rule.Ports.Select(p => (YamlNode)YamlScalar.Of(p))));
        }

        return map.Add("destination", destination);
    }

    private static string Action(CalicoAction action) => action switch
    {
        CalicoAction.Allow => "Allow",
        CalicoAction.Deny => "Deny",
        CalicoAction.Log => "Log",
        CalicoAction.Pass => "Pass",
        _ => throw new UnreachableException(),
    };
}
