using System.Globalization;
using MetaFence.Cli.Output;
using MetaFence.Sources.Files;
using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Input;

/// <summary>
/// Reads the cluster named by <c>--kubeconfig</c>/<c>--context</c> (or the defaults) into a load
/// result, as <see cref="SnapshotInput"/> does for files: progress on a terminal, a warning per
/// resource RBAC refused (and what that leaves unknown), the load diagnostics, a summary line,
/// and with <c>--save-snapshot</c> the dump written atomically.
/// </summary>
internal static class LiveSnapshotInput
{
    /// <summary>
    /// The load result and the cluster's display name (context and server, for report headers), or
    /// null with the exit code after reporting why (2 settings, 3 unreachable).
    /// </summary>
    public static async Task<(LoadResult? Load, ExitCodes Failure, string Source)> LoadAsync(
        ConnectionOptions connectionOptions, string? saveSnapshot, IAnsiConsole console, CancellationToken cancellationToken)
    {
        using var connection = ClusterInput.Open(connectionOptions, console, out var failure);
        if (connection is null)
        {
            return (null, failure, string.Empty);
        }

        LiveReadResult result;
        try
        {
            result = await LiveProgressDisplay.RunAsync(console, LiveProgressDisplay.IsTerminal(console), progress =>
                LiveSnapshotReader.ReadAsync(connection, new LiveReadOptions { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        }
        catch (ClusterUnreachableException e)
        {
            return (null, ClusterInput.Unreachable(e, console), connection.DisplayName);
        }

        foreach (var refusal in result.Refused)
        {
            Messages.Line(console, "warning", $"{connection.DisplayName}: {refusal.Describe()}", Messages.Yellow);
        }

        SnapshotInput.Report(result.Load, console);
        Messages.Line(console, "read", Summary(connection, result), Style.Plain);
        if (saveSnapshot is not null && !TrySave(saveSnapshot, result, console))
        {
            return (null, ExitCodes.BadInput, connection.DisplayName);
        }

        return (result.Load, ExitCodes.Ok, connection.DisplayName);
    }

    private static string Summary(ClusterConnection connection, LiveReadResult result)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{connection.DisplayName}: {result.Items} objects from {result.Listed.Length} resources");
        return result.Refused.IsEmpty ? text : string.Create(CultureInfo.InvariantCulture, $"{text}; {result.Refused.Length} refused");
    }

    private static bool TrySave(string path, LiveReadResult result, IAnsiConsole console)
    {
        try
        {
            AtomicFile.WriteStream(path, result.WriteDump);
            Messages.Line(console, "wrote", string.Create(CultureInfo.InvariantCulture, $"{path} (snapshot, {result.Items} objects): metafence audit -f {path} replays it"), Style.Plain);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = e is DirectoryNotFoundException ? e.Message : $"cannot write the file: {e.Message.TrimEnd('.')}";
            Messages.Error(console, $"--save-snapshot {path}", problem, "a file path in an existing, writable folder");
            return false;
        }
    }
}
