using System.CommandLine;
using MetaFence.Cli.Commands.Metadata;
using MetaFence.Cli.Input;
using MetaFence.Cli.Verify;
using MetaFence.Imds.Probe;
using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence verify</c>: a short-lived, restricted probe pod per namespace runs <c>metafence probe</c>'s
/// checks as a sh + curl script; what it saw is shown beside what the engine predicted, and a
/// disagreement is a finding. Probe pods are always removed. Exit 1 when a finding reaches
/// <c>--fail-on</c>, 2 on bad usage (or a cancelled run), 3 when the cluster is unreachable or refuses.
/// </summary>
public sealed class VerifyCommand
{
    public const string Description =
        "Prove the fence from inside the cluster: in each namespace a short-lived probe pod (restricted Pod Security profile, removed "
        + "afterwards) tries every credential endpoint the way an attacker would, plus DNS and ordinary egress; each result is shown "
        + "beside what the engine predicted, and a disagreement is a finding. Exits 1 when a finding reaches --fail-on, 3 when the cluster is unreachable.\n"
        + "Example: metafence verify --provider aws --namespace shop --as shop/web --format junit -o verify.xml";

    private readonly VerifyOptions _options = new();
    private readonly VerifyEnvironment _environment;

    internal VerifyCommand(VerifyEnvironment environment)
    {
        _environment = environment;
        Command = new Command("verify", Description);
        _options.AddTo(Command);
    }

    public Command Command { get; }

    /// <summary>Reads the options and the cluster, runs the probe pods, renders, and returns the exit code.</summary>
    internal async Task<ExitCodes> HandleAsync(ParseResult parseResult, IAnsiConsole console, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var arguments = _options.Read(parseResult);
        var settings = ProbeInput.Read(arguments.Providers, [], [], arguments.DnsName, arguments.EgressTarget,
            ProbeSettings.DefaultTimeout.TotalSeconds, console);
        if (!VerifyRun.ValidNumbers(arguments, console) || settings is null)
        {
            return ExitCodes.BadInput;
        }

        using var connection = ClusterInput.Open(arguments.Kubeconfig, arguments.Context, console, out var failure);
        if (connection is null)
        {
            return failure;
        }

        try
        {
            var checks = VerifyChecks.Build(settings, out _);
            var report = await new VerifyRun(arguments, _environment, console).RunAsync(connection, checks, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                return ExitCodes.BadInput;
            }

            return !VerifyRun.TryWrite(report, arguments, output, console) ? ExitCodes.BadInput
                : FailOn.IsReached(report.Findings, arguments.FailOn) ? ExitCodes.Findings
                : ExitCodes.Ok;
        }
        catch (ClusterUnreachableException e)
        {
            return ClusterInput.Unreachable(e, console);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Messages.Line(console, "verify", "cancelled: the probe pods of this run were removed; nothing was verified", Messages.Yellow);
            return ExitCodes.BadInput;
        }
    }
}
