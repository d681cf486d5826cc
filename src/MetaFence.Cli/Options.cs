using System.CommandLine;

namespace MetaFence.Cli;

/// <summary>
/// The options several commands share, one factory each (a command gets its own instance).
/// Every option has a default shown in <c>--help</c> (STYLE §9).
/// </summary>
public static class Options
{
    /// <summary>The <c>--provider</c> value that selects every provider.</summary>
    public const string AllProviders = "all";

    public static Option<string[]> Filename() => new("--filename", "-f")
    {
        Description = "Manifest file, folder (read recursively) or - for stdin: YAML or JSON, multi-document, "
            + "List kinds, kubectl get -o yaml/json dumps, Helm output. Repeat -f for several.",
        HelpName = "PATH",
        Required = true,
    };

    public static Option<string> Namespace() => new("--namespace", "-n")
    {
        Description = "Namespace of objects that name none (and of --from NAME without a namespace).",
        HelpName = "NAME",
        DefaultValueFactory = _ => "default",
    };

    public static Option<string[]> Provider() => new("--provider")
    {
        Description = "Cloud provider whose metadata endpoints to check (aws, gcp, azure, …), or all. Repeatable; "
            + "commas also separate.",
        HelpName = "NAME",
        DefaultValueFactory = _ => [AllProviders],
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> Format(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary><c>--fail-on SEVERITY</c>, one of <see cref="Input.FailOn.Values"/>, default <see cref="Input.FailOn.Default"/>.</summary>
    public static Option<string> FailOn(string what = "finding")
    {
        var option = new Option<string>("--fail-on")
        {
            Description = $"Exit 1 when any {what} is at or above this severity; none never fails.",
            DefaultValueFactory = _ => Input.FailOn.Default,
        };
        option.AcceptOnlyFromAmong(Input.FailOn.Values);
        return option;
    }

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Write the result to FILE instead of stdout (- is stdout). Written to a temporary file "
            + "in the same folder, then renamed: never left half-written.",
        HelpName = "FILE",
        DefaultValueFactory = _ => "-",
    };

    /// <summary><c>--kubeconfig</c>: null when not given (then KUBECONFIG, ~/.kube/config, in-cluster).</summary>
    public static Option<string?> Kubeconfig() => new("--kubeconfig")
    {
        Description = "Kubeconfig file of the cluster to read; only this file is used. Without it, as kubectl: the files "
            + "in KUBECONFIG (merged), else ~/.kube/config, else the pod's service account when run inside a cluster.",
        HelpName = "PATH",
    };

    /// <summary><c>--context</c>: null uses the kubeconfig's current-context.</summary>
    public static Option<string?> Context() => new("--context")
    {
        Description = "Kubeconfig context to use (kubectl config get-contexts lists them). Default: the current-context.",
        HelpName = "NAME",
    };
}
