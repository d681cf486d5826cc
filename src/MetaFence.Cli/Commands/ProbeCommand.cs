using System.CommandLine;
using MetaFence.Cli.Commands.Metadata;
using MetaFence.Imds.Probe;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence probe</c>: run from inside a pod, tries each chosen metadata endpoint the way an
/// attacker would, plus DNS and an ordinary egress target, and prints one JSON line per check
/// (the client half of <c>verify</c>). <c>--print-script</c> prints the same checks as a POSIX
/// sh + curl script instead. Exit 0 when the checks ran, 2 on bad usage.
/// </summary>
public sealed class ProbeCommand
{
    public const string Description =
        "Try each metadata endpoint the way an attacker in this pod would (TCP connect, IMDSv1, IMDSv2 token then GET, "
        + "the provider headers), plus DNS and ordinary egress; print one JSON line per check: "
        + "check, endpoint, address, port, outcome (reachable, blocked, timeout, refused, error), detail, ms.\n"
        + "Example: kubectl exec -n shop web -- metafence probe --provider aws";

    private readonly Option<string[]> _provider = Options.Provider();

    private readonly Option<string[]> _target = new("--target")
    {
        Description = "Probe only the chosen endpoints' destinations at this address (and port). Repeatable.",
        HelpName = "ADDRESS[:PORT]",
    };

    private readonly Option<string[]> _override = new("--endpoint-override")
    {
        Description = "Probe endpoint ID at ADDRESS:PORT instead of its real addresses, e.g. the emulator: "
            + "aws-imds=127.0.0.1:8080. Repeatable.",
        HelpName = "ID=ADDRESS:PORT",
    };

    private readonly Option<string> _dnsName = new("--dns-name")
    {
        Description = "Name the DNS check resolves (DNS must keep working), or none.",
        HelpName = "NAME",
        DefaultValueFactory = _ => ProbeSettings.DefaultDnsName,
    };

    private readonly Option<string> _egress = new("--egress")
    {
        Description = "Ordinary destination the egress check connects to (other egress must keep working), or none.",
        HelpName = "HOST:PORT",
        DefaultValueFactory = _ => ProbeSettings.DefaultDnsName + ":443",
    };

    private readonly Option<double> _timeout = new("--timeout")
    {
        Description = "Limit for each connect, request and lookup.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => ProbeSettings.DefaultTimeout.TotalSeconds,
    };

    private readonly Option<bool> _printScript = new("--print-script")
    {
        Description = "Print the checks as a POSIX sh + curl script (same JSON lines) for images without MetaFence, instead of running them.",
    };

    public ProbeCommand(StandardStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        _provider.Description = "Cloud provider whose credential endpoints to probe (aws, gcp, azure, …), or all. Repeatable; "
            + "commas also separate. all probes only link-local and fc00::/7 addresses; name a provider to add its others.";
        Command = new Command("probe", Description) { _provider, _target, _override, _dnsName, _egress, _timeout, _printScript };
        Command.SetAction(async (parseResult, cancellationToken) =>
            (int)await HandleAsync(parseResult, streams.Error, streams.Output, TimeProvider.System, cancellationToken).ConfigureAwait(false));
    }

    public Command Command { get; }

    /// <summary>Builds the check list, then prints it as a script or runs it, one JSON line per result as they come.</summary>
    public async Task<ExitCodes> HandleAsync(
        ParseResult parseResult, IAnsiConsole console, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(output);
        var settings = ProbeInput.Read(
            parseResult.GetValue(_provider), parseResult.GetValue(_target) ?? [], parseResult.GetValue(_override) ?? [],
            parseResult.GetValue(_dnsName) ?? ProbeSettings.DefaultDnsName, parseResult.GetValue(_egress) ?? ProbeInput.None,
            parseResult.GetValue(_timeout), console);
        if (settings is null)
        {
            return ExitCodes.BadInput;
        }

        var checks = ProbePlan.Build(settings, out var problems);
        foreach (var problem in problems)
        {
            Messages.Line(console, "error", problem, Messages.Red);
        }

        if (!problems.IsEmpty)
        {
            return ExitCodes.BadInput;
        }

        if (parseResult.GetValue(_printScript))
        {
            await output.WriteAsync(ProbeScript.Render(checks, settings.Timeout)).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var result in new Prober(settings.Timeout, time).RunAsync(checks, cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync(ProbeJson.Line(result)).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var outcome = ProbeJson.Outcome(result.Outcome);
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }

        Messages.Line(console, "probe", $"{checks.Length} checks: {string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"))}", Style.Plain);
        return ExitCodes.Ok;
    }
}
