using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using MetaFence.Cli.Cluster;
using MetaFence.Cli.Commands;
using MetaFence.Cli.Verify;
using Spectre.Console;

namespace MetaFence.Cli;

/// <summary>
/// The <c>metafence</c> entry point: builds the command tree, turns parse errors into exit 2
/// with a hint on stderr, and runs the chosen command's handler.
/// </summary>
public static class Program
{
    public const string Name = "metafence";

    public const string Description =
        "Find Kubernetes pods that can reach cloud metadata services (169.254.169.254, fd00:ec2::254, …) "
        + "and explain why, rule by rule.\n"
        + "Exit codes: 0 fine, 1 findings at or above --fail-on, 2 bad usage or input, 3 cluster or cloud unreachable.\n"
        + "Example: metafence audit -f manifests/";

    public static int Main(string[] args) => Run(args, StandardStreams.FromConsole());

    /// <summary>Parses and runs <paramref name="args"/> against the given streams (tests pass doubles).</summary>
    public static int Run(IReadOnlyList<string> args, StandardStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var parseResult = BuildRoot(streams).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                Messages.Line(streams.Error, "error", error.Message, Messages.Red);
            }

            var command = CommandPath(parseResult.CommandResult.Command);
            Messages.Line(streams.Error, "hint", $"{command} --help lists the options", Style.Plain);
            return (int)ExitCodes.BadInput;
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = streams.Output,
            Error = streams.Error.Profile.Out.Writer,
            EnableDefaultExceptionHandler = false,

            // Ctrl-C and SIGTERM cancel the action's token; verify then deletes its probe pods, which takes a moment.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        });
    }

    /// <summary>
    /// The root command, named <c>metafence</c> whatever the host process is called (so help
    /// is the same under test), with <c>audit</c> and <c>explain</c> wired to <paramref name="streams"/>.
    /// </summary>
    public static Command BuildRoot(StandardStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var audit = new AuditCommand();
        audit.Command.SetAction(async (p, cancellationToken) =>
            (int)await audit.HandleAsync(p, streams.Error, streams.Output, streams.Input, cancellationToken).ConfigureAwait(false));
        var explain = new ExplainCommand();
        explain.Command.SetAction(p => (int)explain.Handle(p, streams.Error, streams.Output, streams.Input));
        var trace = new TraceCommand();
        trace.Command.SetAction(p => (int)trace.Handle(p, streams.Error, streams.Output, streams.Input));
        var generate = new GenerateCommand((connection, cancellationToken) => LiveSnapshots.ReadAsync(connection, streams.Error, cancellationToken));
        generate.Command.SetAction(async (p, cancellationToken) =>
            (int)await generate.HandleAsync(p, streams.Error, streams.Output, streams.Input, cancellationToken).ConfigureAwait(false));
        var verify = new VerifyCommand(new VerifyEnvironment
        {
            ReadSnapshot = (connection, cancellationToken) => LiveSnapshots.ReadAsync(connection, streams.Error, cancellationToken),
        });
        verify.Command.SetAction(async (p, cancellationToken) =>
            (int)await verify.HandleAsync(p, streams.Error, streams.Output, cancellationToken).ConfigureAwait(false));
        return new Command(Name, Description)
        {
            new HelpOption(),
            new VersionOption(),
            audit.Command,
            explain.Command,
            generate.Command,
            verify.Command,
            trace.Command,
            new ImdsCommand(streams).Command,
            new ProbeCommand(streams).Command,
            new LabCommand(streams).Command,
        };
    }

    /// <summary><c>metafence explain</c>: the command's name after its parents'.</summary>
    private static string CommandPath(Command command)
    {
        var names = new Stack<string>();
        for (Symbol? symbol = command; symbol is not null; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Push(symbol.Name);
        }

        return string.Join(" ", names);
    }
}
