using System.CommandLine;

namespace MetaFence.Cli.Verify;

/// <summary><c>verify</c>'s options, each with its default shown in <c>--help</c> (STYLE §9), and how to read them back.</summary>
internal sealed class VerifyOptions
{
    /// <summary>A small image with sh and curl, pinned by tag.</summary>
    public const string DefaultImage = "curlimages/curl:8.11.1";

    private readonly Option<string?> _kubeconfig = Options.Kubeconfig();
    private readonly Option<string?> _context = Options.Context();
    private readonly Option<string[]> _namespace = new("--namespace", "-n")
    {
        Description = "Namespace to probe. Repeatable; commas also separate. Default: every namespace but kube-system, kube-public, "
            + "kube-node-lease and the providers' system namespaces (generate's exemptions).",
        HelpName = "NAME",
    };

    private readonly Option<string[]> _exempt = new("--exempt-namespace")
    {
        Description = "Namespace to leave out besides the default exemptions. Repeatable. Default: none.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _as = new("--as")
    {
        Description = "Workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, or bare pod) whose pod labels the probe pod in its "
            + "namespace wears, so the policies that select the workload select the probe. Labels only: not its service account, "
            + "image or host network. Default: none (the probe pod has only MetaFence's labels).",
        HelpName = "NS/WORKLOAD",
    };

    private readonly Option<string[]> _provider = Options.Provider();
    private readonly Option<string> _dnsName = new("--dns-name")
    {
        Description = "Name the DNS check resolves (DNS must keep working), or none.",
        HelpName = "NAME",
        DefaultValueFactory = _ => Imds.Probe.ProbeSettings.DefaultDnsName,
    };

    private readonly Option<string> _egress = new("--egress-target")
    {
        Description = "Ordinary destination the egress check connects to (other egress must keep working), or none. Default: the API server's service.",
        HelpName = "HOST:PORT",
        DefaultValueFactory = _ => Imds.Probe.ProbeSettings.DefaultDnsName + ":443",
    };

    private readonly Option<string> _image = new("--image")
    {
        Description = "Image of the probe pods; it must contain sh and curl (the probe runs as a POSIX sh + curl script), pinned by tag or digest.",
        HelpName = "IMAGE",
        DefaultValueFactory = _ => DefaultImage,
    };

    private readonly Option<int> _timeout = new("--timeout")
    {
        Description = "Seconds each probe pod may take from creation to its last line (also its activeDeadlineSeconds); "
            + "later, or never scheduled, is 'probe failed'.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 120,
    };

    private readonly Option<int> _parallel = new("--parallel")
    {
        Description = "Probe pods running at once.",
        HelpName = "N",
        DefaultValueFactory = _ => 4,
    };

    private readonly Option<string> _format = Options.Format("table", "table", "json", "junit");
    private readonly Option<string> _output = Options.Output();
    private readonly Option<string> _failOn = Options.FailOn();

    public VerifyOptions()
    {
        _provider.Description = "Cloud provider whose credential endpoints to probe (aws, gcp, azure, …), or all. Repeatable; "
            + "commas also separate. all probes only link-local and fc00::/7 addresses; name a provider to add its others.";
        _namespace.AllowMultipleArgumentsPerToken = false;
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _kubeconfig, _context, _namespace, _exempt, _as, _provider, _dnsName, _egress, _image, _timeout, _parallel, _format, _output, _failOn })
        {
            command.Options.Add(option);
        }
    }

    public VerifyArguments Read(ParseResult result) => new()
    {
        Kubeconfig = result.GetValue(_kubeconfig),
        Context = result.GetValue(_context),
        Namespaces = [.. (result.GetValue(_namespace) ?? []).SelectMany(Split)],
        Exempt = [.. (result.GetValue(_exempt) ?? []).SelectMany(Split)],
        As = result.GetValue(_as),
        Providers = result.GetValue(_provider) ?? [],
        DnsName = result.GetValue(_dnsName) ?? Imds.Probe.ProbeSettings.DefaultDnsName,
        EgressTarget = result.GetValue(_egress) ?? "none",
        Image = result.GetValue(_image) ?? DefaultImage,
        TimeoutSeconds = result.GetValue(_timeout),
        Parallel = result.GetValue(_parallel),
        Format = result.GetValue(_format) ?? "table",
        Output = result.GetValue(_output) ?? "-",
        FailOn = result.GetValue(_failOn) ?? Input.FailOn.Default,
    };

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
