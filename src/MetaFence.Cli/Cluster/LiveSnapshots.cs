using MetaFence.Cli.Input;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Cluster;

/// <summary>
/// A live cluster as a snapshot on an open connection (the live reader), with a warning per resource
/// RBAC refused and the load diagnostics on stderr, for commands that also write (<c>generate --apply</c>, <c>verify</c>).
/// </summary>
internal static class LiveSnapshots
{
    public static async Task<ClusterSnapshot> ReadAsync(ClusterConnection connection, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var result = await LiveSnapshotReader.ReadAsync(connection, new LiveReadOptions(), cancellationToken).ConfigureAwait(false);
        foreach (var refusal in result.Refused)
        {
            Messages.Line(console, "warning", $"{connection.DisplayName}: {refusal.Describe()}", Messages.Yellow);
        }

        SnapshotInput.Report(result.Load, console);
        return result.Load.Snapshot;
    }
}
