using System.Diagnostics;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;
using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// <c>generate --layout helm</c>'s <c>values.yaml</c> for the chart <c>deploy/helm/metafence</c>:
/// every key commented, the lists already computed so the templates only copy them into objects.
/// The chart's own <c>values.yaml</c> is this file for the default request.
/// </summary>
public static class HelmValuesYaml
{
    public const string FileName = "values.yaml";

    public static string Text(ChartValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var blocks = values.Blocks;
        var document = new YamlMap()
            .Add("styles", Documented(YamlList.Of(values.Styles.Select(FenceStyles.Name)),
                "Styles to render (generate --style): networkpolicy, two-policy, admin, baseline, pod-security, node-firewall."))
            .Add("namespaces", Documented(YamlList.Of(values.Targets.Namespaces),
                "Namespaces fenced by networkpolicy, two-policy and pod-security (generate --namespace, or every namespace of -f but the exempt ones)."))
            .Add("namespacesGiven", Documented(Bool(values.Targets.IsExplicit),
                "true when --namespace named the targets: admin and baseline then select exactly `namespaces`; false: every namespace but `exemptNamespaces`."))
            .Add("exemptNamespaces", Documented(YamlList.Of(values.Targets.Exempt),
                "Namespaces left alone (generate --exempt-namespace plus the defaults); admin and baseline select every other namespace."))
            .Add("blocked", Documented(new YamlMap()
                    .Add("ipv4", Documented(Ranges(blocks.Of(IpFamily.V4)), "IPv4 networks, each a strict subset of 0.0.0.0/0 (SEMANTICS 21); why: the endpoints there."))
                    .Add("ipv6", Documented(Ranges(blocks.Of(IpFamily.V6)), "IPv6 networks, each a strict subset of ::/0.")),
                "Networks blocked for every fenced pod: the credential endpoints of the chosen providers, IPv4 and IPv6.",
                "Computed by generate (--provider, --scope), so the chart needs no IP logic."))
            .Add("nodeLocalDns", Documented(YamlList.Of(values.NodeLocalDns.Select(c => c.ToString())),
                "NodeLocal DNSCache addresses the DNS rule allows by ipBlock (host network, SEMANTICS 42); empty when the cluster does not run it."))
            .Add("keptServices", Documented(YamlList.Of(blocks.Carveouts.Select(c => (YamlNode)Kept(c, blocks))),
                "Needed services whose address is blocked: re-allowed on their own ports only (name, cidrs, ports, why).",
                "dnsRuleKeepsIt: the NetworkPolicy DNS rule already allows it, so networkpolicy adds no rule of its own."))
            .Add("allows", Documented(YamlList.Of(values.Allows.Select(a => (YamlNode)Allow(a))),
                "--allow workloads that keep metadata access: admin and baseline give each a policy ahead of the Deny."))
            .Add("podSelectors", Documented(PodSelectors(values),
                "Per namespace with an --allow: the pod selectors whose union is every other pod (NetworkPolicies only add, so the kept",
                "workloads are left unselected); one policy per selector. Namespaces not listed use podSelector: {}."))
            .Add("admin", Documented(new YamlMap()
                    .Add("api", Documented(new YamlScalar(values.Api == AdminApi.V1Alpha1 ? "v1alpha1" : "v1alpha2"),
                        "v1alpha2: ClusterNetworkPolicy; v1alpha1: AdminNetworkPolicy / BaselineAdminNetworkPolicy (generate --api)."))
                    .Add("priority", Documented(YamlScalar.Of(values.Priority),
                        "Priority of the Deny policy; the --allow policies take the numbers just below it (generate --priority).")),
                "The admin and baseline styles."))
            .Add("podSecurity", Documented(new YamlMap()
                    .Add("level", Documented(new YamlScalar(values.Level == PodSecurityLevel.Restricted ? "restricted" : "baseline"),
                        "Pod Security Standard to enforce: baseline or restricted; both forbid hostNetwork (generate --level).")),
                "The pod-security style: labels on the target Namespace objects (kept on helm uninstall)."))
            .Add("nodeFirewall", Documented(NodeFirewall(values), "The node-firewall style: a DaemonSet dropping pod traffic the nodes forward to the blocked networks."));
        document.Entries[0].Value.Comments.InsertRange(0,
        [
            "Values for the MetaFence chart (deploy/helm/metafence), written by metafence generate --layout helm.",
            "$ helm install metafence deploy/helm/metafence -f values.yaml",
        ]);
        return YamlEmitter.Write(document);
    }

    private static YamlMap NodeFirewall(ChartValues values)
    {
        var rules = values.FirewallRules;
        return new YamlMap()
            .Add("namespace", Documented(new YamlScalar(values.NodeFirewall.Namespace), "Namespace of the DaemonSet and its ConfigMap (generate --firewall-namespace)."))
            .Add("image", Documented(new YamlScalar(values.NodeFirewall.Image), "Pinned image with sh, iptables and ip6tables (generate --firewall-image)."))
            .Add("podCidrs", Documented(new YamlMap()
                    .Add("ipv4", YamlList.Of(rules.PodCidrsOf(IpFamily.V4).Select(c => c.ToString())))
                    .Add("ipv6", YamlList.Of(rules.PodCidrsOf(IpFamily.V6).Select(c => c.ToString()))),
                rules.IsGuessed ? "Pod CIDRs whose forwarded traffic is filtered: GUESSED (no --pod-cidr given); set the cluster's own." : "Pod CIDRs whose forwarded traffic is filtered (generate --pod-cidr)."))
            .Add("rules", Documented(new YamlMap()
                    .Add("ipv4", YamlList.Of(rules.RulesOf(IpFamily.V4).Select(r => (YamlNode)Rule(r))))
                    .Add("ipv6", YamlList.Of(rules.RulesOf(IpFamily.V6).Select(r => (YamlNode)Rule(r)))),
                "Chain rules per family, in order: keep (RETURN, a needed service's ports) before drop."));
    }

    private static YamlMap Rule(FirewallRule rule) => new YamlMap()
        .Add("action", rule.Action switch
        {
            FirewallAction.Keep => "keep",
            FirewallAction.Drop => "drop",
            _ => throw new UnreachableException(),
        })
        .Add("cidr", rule.Destination.ToString())
        .Add("ports", Ports(rule.Ports))
        .Add("why", rule.Why);

    private static YamlMap Kept(Carveout carveout, BlockList blocks) => new YamlMap()
        .Add("name", carveout.Service.Id)
        .Add("cidrs", YamlList.Of(carveout.Cidrs.Select(c => c.ToString())))
        .Add("ports", Ports(carveout.Ports))
        .Add("why", carveout.Service.Description)
        .Add("dnsRuleKeepsIt", Bool(carveout.Cidrs.All(c => blocks.NodeLocalDns.Contains(c.Network))));

    private static YamlMap Allow(AllowedWorkload allow) => new YamlMap()
        .Add("text", allow.Text)
        .Add("namespace", allow.Namespace)
        .Add("podSelector", SelectorYaml.Of(allow.Selector));

    private static YamlMap PodSelectors(ChartValues values)
    {
        var map = new YamlMap();
        foreach (var (ns, selectors) in values.PodSelectors)
        {
            map.Add(ns, YamlList.Of(selectors.Select(s => (YamlNode)SelectorYaml.Of(s))));
        }

        return map;
    }

    private static YamlList Ranges(IEnumerable<BlockedRange> ranges) =>
        YamlList.Of(ranges.Select(r => (YamlNode)new YamlMap().Add("cidr", r.Cidr.ToString()).Add("why", r.Why)));

    private static YamlList Ports(IEnumerable<ServicePort> ports) => YamlList.Of(ports.Select(p => (YamlNode)ObjectYaml.Port(p)));

    private static YamlScalar Bool(bool value) => new(value ? "true" : "false", isNumber: true);

    private static T Documented<T>(T node, params string[] comments)
        where T : YamlNode => node.WithComments<T>(comments);
}
