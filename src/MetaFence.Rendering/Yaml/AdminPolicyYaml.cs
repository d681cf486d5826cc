using System.Diagnostics;
using MetaFence.Core.Catalog;
using MetaFence.Core.Plans;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// An <see cref="AdminPolicyPlan"/> as a v1alpha2 ClusterNetworkPolicy (<c>protocols</c>, Accept) or
/// a v1alpha1 AdminNetworkPolicy / BaselineAdminNetworkPolicy (<c>ports</c>, Allow), field names
/// as in network-policy-api's <c>apis/*/…_types.go</c> (SEMANTICS 43–52).
/// </summary>
internal static class AdminPolicyYaml
{
    /// <summary>At most 25 CIDRs in one <c>networks</c> peer (rule 49).</summary>
    public const int NetworksPerPeer = 25;

    public static YamlMap Of(AdminPolicyPlan plan)
    {
        var v2 = plan.Api == AdminApi.V1Alpha2;
        var spec = new YamlMap();
        if (v2)
        {
            spec.Add("tier", plan.Tier.ToString());
        }

        if (plan.HasPriority)
        {
            spec.Add("priority", plan.Priority);
        }

        var subject = plan.Subject.Namespaces is { } namespaces
            ? new YamlMap().Add("namespaces", SelectorYaml.Of(namespaces))
            : new YamlMap().Add("pods", new YamlMap()
                .Add("namespaceSelector", SelectorYaml.Of(plan.Subject.PodNamespaceSelector ?? LabelSelector.Everything))
                .Add("podSelector", SelectorYaml.Of(plan.Subject.PodSelector ?? LabelSelector.Everything)));
        spec.Add("subject", subject.WithComments<YamlMap>(plan.SubjectComment));
        spec.Add("egress", YamlList.Of(plan.Egress.Select(r => Rule(r, v2))));
        return ObjectYaml.Start(plan, plan.ApiVersion, plan.Kind).Add("spec", spec);
    }

    private static YamlMap Rule(AdminRulePlan rule, bool v2)
    {
        var map = new YamlMap().Add("name", rule.Name).Add("action", Action(rule.Action, v2));
        map.Entries[0].Value.WithComments<YamlNode>(rule.Comment);
        var peers = rule.Networks.Chunk(NetworksPerPeer).Select(chunk =>
        {
            var networks = new YamlList();
            foreach (var range in chunk)
            {
                networks.Add(range.Cidr.ToString(), range.Why);
            }

            return (YamlNode)new YamlMap().Add("networks", networks);
        });
        map.Add("to", YamlList.Of(peers));
        if (!rule.Ports.IsEmpty)
        {
            map.Add(v2 ? "protocols" : "ports", YamlList.Of(rule.Ports.Select(p => v2 ? Protocol(p) : PortNumber(p))));
        }

        return map;
    }

    /// <summary>v1alpha2 renamed Allow to Accept (rule 52).</summary>
    private static string Action(AdminAction action, bool v2) => action switch
    {
        AdminAction.Accept => v2 ? "Accept" : "Allow",
        AdminAction.Deny => "Deny",
        AdminAction.Pass => "Pass",
        _ => throw new UnreachableException(),
    };

    private static YamlMap Protocol(ServicePort port) =>
        new YamlMap().Add(port.Protocol.ToString().ToLowerInvariant(),
            new YamlMap().Add("destinationPort", new YamlMap().Add("number", port.Number)));

    private static YamlMap PortNumber(ServicePort port) =>
        new YamlMap().Add("portNumber", ObjectYaml.Port(port));

}
