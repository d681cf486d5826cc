using System.CommandLine;
using System.Diagnostics;
using MetaFence.Cli.Input;
using MetaFence.Cli.Output;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Posture;
using MetaFence.Rendering.Audit;
using MetaFence.Sources.Files;
using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence audit</c>: every pod and pod template against every chosen metadata endpoint,
/// with findings. Exit 1 when a finding reaches <c>--fail-on</c>, 2 on bad usage or input.
/// </summary>
public sealed class AuditCommand
{
    public const string Description =
        "Check every pod and workload template: can it reach each cloud metadata endpoint, "
        + "which policy decided, and what to fix. Exits 1 when a finding reaches --fail-on.\n"
        + "Without -f it reads the live cluster of --kubeconfig/--context (as kubectl picks it); -f and a cluster do not mix.\n"
        + "Example: metafence audit -f manifests/ --provider aws --format json -o audit.json";

    private readonly Option<string[]> _filename = Options.Filename();
    private readonly Option<string?> _kubeconfig = Options.Kubeconfig();
    private readonly Option<string?> _context = Options.Context();
    private readonly Option<string?> _saveSnapshot = new("--save-snapshot")
    {
        Description = "With a live cluster: also write everything read as one kubectl-style v1 List (JSON) to FILE, "
            + "atomically; metafence audit -f FILE replays it to the same report. Default: not written.",
        HelpName = "FILE",
    };
    private readonly Option<string> _namespace = Options.Namespace();
    private readonly Option<string[]> _provider = Options.Provider();
    private readonly CloudOptions _cloud = new();
    private readonly Option<string> _format = Options.Format("table", "table", "json", "sarif", "html", "markdown");
    private readonly Option<string> _output = Options.Output();
    private readonly Option<string> _failOn = Options.FailOn();

    public AuditCommand()
    {
        _filename.Required = false;
        _filename.Description += " Without -f, the live cluster is read.";
        _namespace.Description += " Files only: a cluster's objects always name theirs, and every namespace is read.";
        Command = new Command("audit", Description) { _filename, _kubeconfig, _context, _saveSnapshot, _namespace, _provider };
        _cloud.AddTo(Command);
        Command.Options.Add(_format);
        Command.Options.Add(_output);
        Command.Options.Add(_failOn);
    }

    public Command Command { get; }

    /// <summary>Parses, loads, audits, renders to stdout or <c>-o</c>, and says how it went.</summary>
    public ExitCodes Handle(ParseResult parseResult, IAnsiConsole console, TextWriter output, TextReader input) =>
        HandleAsync(parseResult, console, output, input, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The same; <paramref name="cancellationToken"/> stops a live read (Ctrl+C).</summary>
    public async Task<ExitCodes> HandleAsync(ParseResult parseResult, IAnsiConsole console, TextWriter output, TextReader input, CancellationToken cancellationToken)
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

        var (load, failure, source) = await LoadAsync(parseResult, console, input, cancellationToken).ConfigureAwait(false);
        if (load is null)
        {
            return failure;
        }

        // Node findings (MF020–MF029) only when an export was given: without one the audit is unchanged.
        var posture = cloud.AnyUsable ? NodePostureJoin.Build(load.Snapshot, cloud.Input) : null;
        var report = Auditor.Run(load.Snapshot, new AuditOptions(EndpointCatalog.ForProviders(providers)) { ChosenProviders = [.. providers], Posture = posture });
        var path = parseResult.GetValue(_output);
        var format = parseResult.GetValue(_format);
        if (!ReportOutput.TryWrite(path, format, output, console,
                () => AuditReportModel.From(report, source), writer => Render(report, format, writer), () => AuditSummary.From(report).ToString()))
        {
            return ExitCodes.BadInput;
        }

        return load.HasErrors || !cloud.AllUsable ? ExitCodes.BadInput
            : FailOn.IsReached(report.Findings, parseResult.GetValue(_failOn) ?? FailOn.Default) ? ExitCodes.Findings
            : ExitCodes.Ok;
    }

    /// <summary>
    /// Files with <c>-f</c>, otherwise the live cluster; both at once is bad usage. The source names
    /// what was read, for report headers: the files, or the cluster's context and server.
    /// </summary>
    private async Task<(LoadResult? Load, ExitCodes Failure, string Source)> LoadAsync(ParseResult parseResult, IAnsiConsole console, TextReader input, CancellationToken cancellationToken)
    {
        var files = parseResult.GetValue(_filename) ?? [];
        var kubeconfig = parseResult.GetValue(_kubeconfig);
        var context = parseResult.GetValue(_context);
        var save = parseResult.GetValue(_saveSnapshot);
        if (files.Length == 0)
        {
            return await LiveSnapshotInput.LoadAsync(new ConnectionOptions { Kubeconfig = kubeconfig, Context = context }, save, console, cancellationToken).ConfigureAwait(false);
        }

        if (kubeconfig is not null || context is not null || save is not null)
        {
            var cluster = save is not null ? "--save-snapshot" : kubeconfig is not null ? "--kubeconfig" : "--context";
            Messages.Error(console, $"-f with {cluster}", "-f reads files and the other reads a live cluster", "either -f PATH or the cluster options, not both");
            return (null, ExitCodes.BadInput, string.Empty);
        }

        return (SnapshotInput.Load(files, parseResult.GetValue(_namespace) ?? "default", input, console), ExitCodes.BadInput, string.Join(", ", files));
    }

    /// <summary>The formats only audit has; html and markdown are <see cref="ReportOutput"/>'s.</summary>
    private static void Render(AuditReport report, string? format, TextWriter writer)
    {
        switch (format)
        {
            case "table":
                AuditTableRenderer.Render(report, DataConsole.Create(writer));
                break;
            case "json":
                AuditJsonRenderer.Render(report, writer);
                break;
            case "sarif":
                AuditSarifRenderer.Render(report, writer);
                break;
            default:
                throw new UnreachableException($"--format {format} passed validation");
        }
    }
}
