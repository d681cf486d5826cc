using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>A <see cref="NetworkPolicyPlan"/> as a <c>networking.k8s.io/v1</c> NetworkPolicy.</summary>
internal static class NetworkPolicyYaml
{
    public static YamlMap Of(NetworkPolicyPlan plan)
    {
        var spec = new YamlMap()
            .Add("podSelector", SelectorYaml.Of(plan.PodSelector).WithComments<YamlMap>(plan.PodSelectorComment))
            .Add("policyTypes", YamlList.Of(["Egress"]).WithComments<YamlList>(plan.Egress.IsEmpty
                ? "Egress with no egress rules: the selected pods may send nothing (SEMANTICS 8)."
                : "Egress only, written out: defaulting would otherwise add Ingress and cut incoming traffic (SEMANTICS 3, 4)."));
        if (!plan.Egress.IsEmpty)
        {
            spec.Add("egress", YamlList.Of(plan.Egress.Select(Rule)));
        }

        return ObjectYaml.Start(plan, "networking.k8s.io/v1", "NetworkPolicy").Add("spec", spec);
    }

    private static YamlNode Rule(EgressRulePlan rule, int index)
    {
        var map = new YamlMap().Add("to", YamlList.Of(rule.To.Select(Peer)));
        if (!rule.Ports.IsEmpty)
        {
            map.Add("ports", YamlList.Of(rule.Ports.Select(p => (YamlNode)ObjectYaml.Port(p))));
        }

        return map.WithComments<YamlMap>($"rule {index}: {rule.Comment}");
    }

    private static YamlNode Peer(PeerPlan peer)
    {
        if (peer.Cidr is { } cidr)
        {
            var block = new YamlMap().Add("cidr", cidr.ToString());
            if (!peer.Except.IsEmpty)
            {
                var except = new YamlList();
                foreach (var range in peer.Except)
                {
                    except.Add(range.Cidr.ToString(), range.Why);
                }

                block.Add("except", except);
            }

            return new YamlMap().Add("ipBlock", block);
        }

        return new YamlMap()
            .AddIf("namespaceSelector", peer.NamespaceSelector is null ? null : SelectorYaml.Of(peer.NamespaceSelector))
            .AddIf("podSelector", peer.PodSelector is null ? null : SelectorYaml.Of(peer.PodSelector));
    }
}
