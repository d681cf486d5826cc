using System.CommandLine;
using MetaFence.Core.Plans;

namespace MetaFence.Cli.Generate;

/// <summary><c>generate</c>'s options, each with its default shown in <c>--help</c> (STYLE §9), and how to read them back.</summary>
internal sealed class GenerateOptions
{
    private readonly Option<string[]> _filename = Options.Filename();
    private readonly Option<string[]> _style = new("--style")
    {
        Description = $"What to write: {string.Join(", ", FenceStyles.All.Select(FenceStyles.Name))}. Repeatable; commas also separate.",
        HelpName = "STYLE",
        DefaultValueFactory = _ => [FenceStyles.Name(FenceStyle.NetworkPolicy)],
    };

    private readonly Option<string[]> _namespace = Repeatable("--namespace", "NAME",
        "Namespace to fence. Repeatable; commas also separate. Default: every namespace of -f but the exempt ones.", "-n");

    private readonly Option<string[]> _exempt = Repeatable("--exempt-namespace", "NAME",
        $"Namespace to leave alone besides {string.Join(", ", Exemptions.Defaults.Take(3))} and the providers' system namespaces. Repeatable. Default: none.");

    private readonly Option<string[]> _allow = Repeatable("--allow", "NS/SELECTOR",
        "Workloads that keep metadata access while the rest of their namespace is fenced, e.g. monitoring/app=cloud-agent. Repeatable. Default: none.");

    private readonly Option<string[]> _provider = Options.Provider();
    private readonly Option<string> _scope = Choice("--scope", "imds", "What to block: imds = the credential endpoints' addresses; link-local = "
        + "169.254.0.0/16 and fe80::/10 too, with carve-outs for the needed link-local services.", "imds", "link-local");

    private readonly Option<string> _dns = Choice("--dns", "auto", "Resolvers to allow: auto = kube-dns, plus NodeLocal DNSCache when the input runs it.",
        "auto", "kube-dns", "node-local");

    private readonly Option<string> _api = Choice("--api", "v1alpha2", "Cluster-wide policy API of admin and baseline: v1alpha2 ClusterNetworkPolicy, "
        + "v1alpha1 AdminNetworkPolicy/BaselineAdminNetworkPolicy.", "v1alpha2", "v1alpha1");

    private readonly Option<int> _priority = new("--priority")
    {
        Description = "Priority (0-1000) of the cluster-wide Deny policy; --allow policies take the numbers just below it.",
        HelpName = "N",
        DefaultValueFactory = _ => 100,
    };

    private readonly Option<string> _level = Choice("--level", "baseline", "Pod Security Standard pod-security enforces (both forbid hostNetwork).",
        "baseline", "restricted");

    private readonly Option<string> _out = new("--out")
    {
        Description = "Write files to DIR instead of stdout (- is stdout); each written to a temporary file, then renamed.",
        HelpName = "DIR",
        DefaultValueFactory = _ => "-",
    };

    private readonly Option<string> _layout = Choice("--layout", "plain", "Files in --out: plain, kustomize (adds a kustomization.yaml), or helm "
        + "(values.yaml for the chart deploy/helm/metafence).", "plain", "kustomize", "helm");
    private readonly Option<bool> _force = new("--force") { Description = "Overwrite files that already exist in --out. Default: off." };

    public GenerateOptions()
    {
        _provider.Description = "Cloud provider whose credential endpoints to block (aws, gcp, azure, …), or all. Repeatable; commas also separate.";
        _filename.Required = false;
        _filename.Description = "The cluster to fence: manifests or kubectl get -o yaml/json dumps (file, folder or -). Its namespaces are the "
            + "targets, its pods the self-check's subjects. Repeatable. Default: none (the self-check uses stand-in pods).";
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _filename, _style, _namespace, _exempt, _allow, _provider, _scope, _dns, _api, _priority, _level, _out, _layout, _force })
        {
            command.Options.Add(option);
        }
    }

    public GenerateArguments Read(ParseResult result) => new()
    {
        Files = result.GetValue(_filename) ?? [],
        Styles = result.GetValue(_style) ?? [],
        Namespaces = result.GetValue(_namespace) ?? [],
        Exempt = result.GetValue(_exempt) ?? [],
        Allows = result.GetValue(_allow) ?? [],
        Providers = result.GetValue(_provider) ?? [],
        Scope = result.GetValue(_scope) ?? "imds",
        Dns = result.GetValue(_dns) ?? "auto",
        Api = result.GetValue(_api) ?? "v1alpha2",
        Priority = result.GetValue(_priority),
        Level = result.GetValue(_level) ?? "baseline",
        Out = result.GetValue(_out) ?? "-",
        Layout = result.GetValue(_layout) ?? "plain",
        Force = result.GetValue(_force),
    };

    private static Option<string[]> Repeatable(string name, string helpName, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, HelpName = helpName };

    private static Option<string> Choice(string name, string defaultValue, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
