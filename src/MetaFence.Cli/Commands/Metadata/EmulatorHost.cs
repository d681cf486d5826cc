using System.Net;
using System.Runtime.InteropServices;
using MetaFence.Imds.Emulator;
using Spectre.Console;

namespace MetaFence.Cli.Commands.Metadata;

/// <summary>
/// Runs a bound emulator in the foreground: announces where it listens (warning when that is not
/// loopback), serves until Ctrl-C, SIGTERM or the caller's token, then says it stopped.
/// </summary>
internal static class EmulatorHost
{
    public static async Task ServeAsync(
        EmulatorServer server, EmulatorOptions options, Action<string> log, IAnsiConsole console, CancellationToken cancellationToken)
    {
        // Ctrl-C and SIGTERM stop serving; handled here, whatever the host's invocation does with them.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using (server)
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop))
        {
            Announce(options, server.Endpoints, log, console);
            await server.RunAsync(stop.Token).ConfigureAwait(false);
        }

        log("stopped");
    }

    private static void Announce(EmulatorOptions options, IReadOnlyList<IPEndPoint> endpoints, Action<string> log, IAnsiConsole console)
    {
        foreach (var endpoint in endpoints.Where(e => !IPAddress.IsLoopback(e.Address)))
        {
            Messages.Line(console, "warning", $"{endpoint} is not loopback: whatever can reach it can read the fake credentials", Messages.Yellow);
        }

        var aws = options.Provider == CloudProvider.Aws
            ? $", IMDSv2 {options.Imdsv2.ToString().ToLowerInvariant()}, token hop limit {options.HopLimit}"
            : string.Empty;
        log($"{options.Provider.ToString().ToLowerInvariant()} metadata emulator listening on {string.Join(", ", endpoints)} "
            + $"(role {options.Role}{aws}); Ctrl-C stops");
    }
}
