using System.CommandLine;
using System.Diagnostics;
using MetaFence.Cli.Input;
using MetaFence.Cli.Output;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Posture;
using MetaFence.Core.Trace;
using MetaFence.Rendering.Trace;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence trace</c>: every attack path from a pod to the node's cloud credentials and what
/// they unlock, ranked, with the cheapest fix per path. Exit 1 when a path or node finding
/// reaches <c>--fail-on</c>; 2 on bad usage, or when no cloud export given is usable.
/// </summary>
public sealed class TraceCommand
{
    public const string Description =
        "Trace every attack path: subject → metadata endpoint → node → cloud identity → what it can do, from the cluster "
        + "and cloud exports (no cloud access needed), ranked, with the cheapest fix that cuts each path. Exits 1 when a path reaches --fail-on.\n"
        + "Example: metafence trace -f cluster/ --aws-instances instances.json --aws-iam iam.json --format json -o trace.json";

    private readonly Option<string[]> _filename = Options.Filename();
    private readonly Option<string> _namespace = Options.Namespace();
    private readonly Option<string[]> _provider = Options.Provider();
    private readonly CloudOptions _cloud = new();
    private readonly Option<string> _format = Options.Format("table", "table", "json", "html", "markdown");
    private readonly Option<string> _output = Options.Output();
    private readonly Option<string> _failOn = Options.FailOn("path or node finding");

    public TraceCommand()
    {
        Command = new Command("trace", Description) { _filename, _namespace, _provider };
        _cloud.AddTo(Command);
        Command.Options.Add(_format);
        Command.Options.Add(_output);
        Command.Options.Add(_failOn);
    }

    public Command Command { get; }

    public ExitCodes Handle(ParseResult parseResult, IAnsiConsole console, TextWriter output, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (!ProviderSelection.TryParse(parseResult.GetValue(_provider), out var providers, out var problem))
        {
            Messages.Error(console, "--provider", problem, ProviderSelection.Expected());
            return ExitCodes.BadInput;
        }

        var cloud = CloudInput.Load(parseResult, _cloud, console);
        if (cloud is null)
        {
            return ExitCodes.BadInput;
        }

        if (!cloud.Given || !cloud.AnyUsable)
        {
            Messages.Error(console, "trace", cloud.Given ? "no cloud export could be read" : "no cloud export was given",
                "--aws-instances FILE (with --aws-iam FILE) or --gcp-node-pools FILE");
            return ExitCodes.BadInput;
        }

        var load = SnapshotInput.Load(parseResult.GetValue(_filename) ?? [], parseResult.GetValue(_namespace) ?? "default", input, console);
        if (load is null)
        {
            return ExitCodes.BadInput;
        }

        var posture = NodePostureJoin.Build(load.Snapshot, cloud.Input);
        var audit = Auditor.Run(load.Snapshot, new AuditOptions(EndpointCatalog.ForProviders(providers)) { ChosenProviders = [.. providers], Posture = posture });
        var report = Tracer.Run(audit, posture);
        var path = parseResult.GetValue(_output);
        var format = parseResult.GetValue(_format);
        var source = string.Join(", ", parseResult.GetValue(_filename) ?? []);
        if (!ReportOutput.TryWrite(path, format, output, console,
                () => TraceReportModel.From(report, source), writer => Render(report, format, writer), () => TraceSummary.Text(report)))
        {
            return ExitCodes.BadInput;
        }

        var threshold = parseResult.GetValue(_failOn) ?? FailOn.Default;
        return load.HasErrors || !cloud.AllUsable ? ExitCodes.BadInput
            : FailOn.IsReached(report.Paths.Select(p => p.Severity).Concat(audit.Findings.Where(TraceTableRenderer.IsNodeFinding).Select(f => f.Severity)), threshold)
                ? ExitCodes.Findings
                : ExitCodes.Ok;
    }

    /// <summary>The formats only trace has; html and markdown are <see cref="ReportOutput"/>'s.</summary>
    private static void Render(TraceReport report, string? format, TextWriter writer)
    {
        switch (format)
        {
            case "table":
                TraceTableRenderer.Render(report, DataConsole.Create(writer));
                break;
            case "json":
                TraceJsonRenderer.Render(report, writer);
                break;
            default:
                throw new UnreachableException($"--format {format} passed validation");
        }
    }
}
