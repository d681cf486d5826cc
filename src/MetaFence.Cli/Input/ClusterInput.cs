using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Input;

/// <summary>
/// Opens the cluster named by <c>--kubeconfig</c>/<c>--context</c> (or KUBECONFIG, ~/.kube/config,
/// in-cluster) and reports connection failures in one shape: a configuration problem is bad usage
/// (exit 2), an unreachable or refusing cluster exit 3 with a hint.
/// </summary>
internal static class ClusterInput
{
    /// <summary>The connection, or null after reporting why there is none (<paramref name="failure"/> says the exit code).</summary>
    public static ClusterConnection? Open(string? kubeconfig, string? context, IAnsiConsole console, out ExitCodes failure) =>
        Open(new ConnectionOptions { Kubeconfig = kubeconfig, Context = context }, console, out failure);

    public static ClusterConnection? Open(ConnectionOptions options, IAnsiConsole console, out ExitCodes failure)
    {
        try
        {
            failure = ExitCodes.Ok;
            return ClusterConnection.Open(options);
        }
        catch (ClusterConfigurationException e)
        {
            Messages.Error(console, e.Where, e.Problem, e.Expected);
            failure = ExitCodes.BadInput;
            return null;
        }
    }

    /// <summary>Prints <c>error: &lt;cluster&gt;: &lt;problem&gt;</c> and the hint; returns exit 3.</summary>
    public static ExitCodes Unreachable(ClusterUnreachableException exception, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Messages.Error(console, exception.Cluster, exception.Problem);
        Messages.Line(console, "hint", exception.Hint, Style.Plain);
        return ExitCodes.Unreachable;
    }
}
