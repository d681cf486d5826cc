using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// The node firewall as a v1 ConfigMap (the script of <see cref="FirewallScript"/>) and an apps/v1
/// DaemonSet running it on every node: host network, root with only NET_ADMIN and NET_RAW added and
/// everything else dropped, not privileged, tolerating every taint, with small resource limits.
/// </summary>
internal static class NodeFirewallYaml
{
    private const string AppName = "app.kubernetes.io/name";
    private const string ScriptFolder = "/metafence";

    /// <summary>What <see cref="GenerateHeader"/> says when the plan has the node firewall: how it is proven and removed.</summary>
    public static IEnumerable<string> HeaderLines(FencePlan plan)
    {
        if (plan.Styles.FirstOrDefault(s => s.Style == FenceStyle.NodeFirewall)?.Objects.FirstOrDefault() is not { } firewall)
        {
            return [];
        }

        return
        [
            "The node firewall is proven by the lab tests on a real network stack (network namespaces), not by the engine. Remove it "
                + "(each pod removes its rules on SIGTERM):",
            $"$ kubectl delete daemonset,configmap -n {firewall.Namespace} -l {ObjectYaml.ManagedBy}=metafence",
        ];
    }

    public static YamlMap Of(NodeFirewallScriptPlan plan)
    {
        var document = ObjectYaml.Start(plan, "v1", "ConfigMap");
        document.Add("data", new YamlMap().Add(NodeFirewallScriptPlan.ScriptKey, new YamlLiteral(FirewallScript.Text(plan.Rules))));
        return document;
    }

    public static YamlMap Of(NodeFirewallDaemonSetPlan plan)
    {
        var document = ObjectYaml.Start(plan, "apps/v1", "DaemonSet");
        var labels = new YamlMap().Add(AppName, plan.Name);
        document.Add("spec", new YamlMap()
            .Add("selector", new YamlMap().Add("matchLabels", labels))
            .Add("updateStrategy", new YamlMap().Add("type", "RollingUpdate"))
            .Add("template", new YamlMap()
                .Add("metadata", new YamlMap().Add("labels", new YamlMap().Add(AppName, plan.Name).Add(ObjectYaml.ManagedBy, "metafence")))
                .Add("spec", PodSpec(plan))));
        return document;
    }

    private static YamlMap PodSpec(NodeFirewallDaemonSetPlan plan)
    {
        var spec = new YamlMap()
            .Add("hostNetwork", Literal("true").WithComments<YamlNode>("The node's own network namespace: its FORWARD chain is the one pod traffic crosses."));
        if (plan.Namespace == NodeFirewallSettings.DefaultNamespace)
        {
            // The API server admits the critical priority classes in kube-system only (by default).
            spec.Add("priorityClassName", "system-node-critical");
        }

        return spec
            .Add("automountServiceAccountToken", Literal("false"))
            .Add("terminationGracePeriodSeconds", YamlScalar.Of(30).WithComments<YamlNode>("Time for the SIGTERM trap to remove the rules."))
            .Add("tolerations", new YamlList().Add(new YamlMap().Add("operator", "Exists")).WithComments<YamlNode>("Every node, whatever its taints."))
            .Add("containers", new YamlList().Add(Container(plan)))
            .Add("volumes", new YamlList()
                .Add(new YamlMap().Add("name", "script").Add("configMap", new YamlMap().Add("name", plan.ConfigMap)))
                .Add(new YamlMap().Add("name", "xtables-lock")
                    .Add("hostPath", new YamlMap().Add("path", "/run/xtables.lock").Add("type", "FileOrCreate"))
                    .WithComments<YamlNode>("The node's iptables lock, shared with kube-proxy and the CNI so -w waits for them.")));
    }

    private static YamlMap Container(NodeFirewallDaemonSetPlan plan) => new YamlMap()
        .Add("name", "firewall")
        .Add("image", plan.Image)
        .Add("command", YamlList.Of(["/bin/sh", $"{ScriptFolder}/{NodeFirewallScriptPlan.ScriptKey}", "run"]))
        .Add("securityContext", new YamlMap()
            .Add("runAsUser", YamlScalar.Of(0).WithComments<YamlNode>("iptables checks for uid 0 besides the capabilities."))
            .Add("runAsNonRoot", Literal("false"))
            .Add("privileged", Literal("false"))
            .Add("allowPrivilegeEscalation", Literal("false"))
            .Add("readOnlyRootFilesystem", Literal("true"))
            .Add("capabilities", new YamlMap()
                .Add("drop", YamlList.Of(["ALL"]))
                .Add("add", YamlList.Of(["NET_ADMIN", "NET_RAW"]))))
        .Add("resources", new YamlMap()
            .Add("requests", new YamlMap().Add("cpu", "10m").Add("memory", "16Mi"))
            .Add("limits", new YamlMap().Add("cpu", "100m").Add("memory", "64Mi")))
        .Add("volumeMounts", new YamlList()
            .Add(new YamlMap().Add("name", "script").Add("mountPath", ScriptFolder).Add("readOnly", Literal("true")))
            .Add(new YamlMap().Add("name", "xtables-lock").Add("mountPath", "/run/xtables.lock")));

    /// <summary>A boolean, written unquoted.</summary>
    private static YamlScalar Literal(string value) => new(value, isNumber: true);
}
