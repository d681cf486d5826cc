using System.Globalization;
using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// A <see cref="CiliumPolicyPlan"/> as a <c>CiliumClusterwideNetworkPolicy</c> (cilium.io/v2):
/// <c>endpointSelector</c>, <c>egressDeny</c> with <c>toCIDRSet</c> and <c>toPorts</c>, and
/// <c>enableDefaultDeny</c> (SEMANTICS 57–59). Ports are strings, as in Cilium's API.
/// </summary>
internal static class CiliumYaml
{
    public static YamlMap Of(CiliumPolicyPlan plan)
    {
        var spec = new YamlMap()
            .Add("endpointSelector", SelectorYaml.Of(plan.EndpointSelector).WithComments<YamlMap>(plan.SelectorComment))
            .Add("enableDefaultDeny", new YamlMap().Add("egress", Boolean(false))
                .WithComments<YamlMap>("Without it the selected pods lose all other egress (SEMANTICS 58)."))
            .Add("egressDeny", YamlList.Of(plan.EgressDeny.Select(Rule)));
        return ObjectYaml.Start(plan, CiliumPolicyPlan.ApiVersion, CiliumPolicyPlan.Kind).Add("spec", spec);
    }

    private static YamlMap Rule(CiliumDenyRulePlan rule)
    {
        var cidrs = YamlList.Of(rule.Cidrs.Select(c =>
        {
            var entry = new YamlMap().Add("cidr", c.Cidr.ToString());
            entry.Entries[0].Value.Trailing = c.Why;
            return (YamlNode)(c.Except.IsEmpty ? entry : entry.Add("except", YamlList.Of(c.Except.Select(e => e.ToString()))));
        }));
        var map = new YamlMap().Add("toCIDRSet", cidrs.WithComments<YamlList>(rule.Comment));
        if (!rule.Ports.IsEmpty)
        {
            map.Add("toPorts", YamlList.Of([new YamlMap().Add("ports", YamlList.Of(rule.Ports.Select(Port)))]));
        }

        return map;
    }

    private static YamlNode Port(CiliumPortRange range)
    {
        var map = new YamlMap().Add("port", range.First.ToString(CultureInfo.InvariantCulture));
        if (range.Last != range.First)
        {
            map.Add("endPort", range.Last);
        }

        return map.Add("protocol", range.Protocol.ToString());
    }

    /// <summary>Written bare like a number: a quoted "false" would be a string to the API server.</summary>
    private static YamlScalar Boolean(bool value) => new(value ? "true" : "false", isNumber: true);
}
