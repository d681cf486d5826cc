using System.CommandLine;
using MetaFence.Cli.Apply;
using MetaFence.Cli.Cluster;
using MetaFence.Cli.Generate;
using MetaFence.Cli.Input;
using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;
using MetaFence.Rendering.Yaml;
using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence generate</c>: plans the protective objects (Core), renders them (Rendering), proves
/// the policies with the engine and only then writes them. Exit 1 when the proof fails, 2 on bad
/// usage or input.
/// </summary>
public sealed class GenerateCommand
{
    public const string Description =
        "Write the objects that keep pods away from cloud metadata (NetworkPolicies, cluster-wide policies, Pod Security labels, "
        + "cloud settings) and prove the policies with the engine before printing anything. Exits 1 when the proof fails.\n"
        + "Example: metafence generate -f cluster.yaml --style networkpolicy --style admin --allow monitoring/app=cloud-agent --out fence/ --layout kustomize";

    private readonly GenerateOptions _options = new();
    private readonly FirewallOptions _firewall = new();
    private readonly ApplyOptions _apply = new();
    private readonly Func<ClusterConnection, CancellationToken, Task<ClusterSnapshot>>? _readSnapshot;

    public GenerateCommand()
        : this(null)
    {
    }

    /// <summary>A command whose <c>--apply</c> without <c>-f</c> reads the cluster with <paramref name="readSnapshot"/>.</summary>
    internal GenerateCommand(Func<ClusterConnection, CancellationToken, Task<ClusterSnapshot>>? readSnapshot)
    {
        _readSnapshot = readSnapshot;
        Command = new Command("generate", Description);
        _options.AddTo(Command);
        _firewall.AddTo(Command);
        _apply.AddTo(Command);
    }

    public Command Command { get; }

    /// <summary>Parses, loads, plans, renders, proves, writes; each step can stop with its exit code.</summary>
    public ExitCodes Handle(ParseResult parseResult, IAnsiConsole console, TextWriter output, TextReader input) =>
        HandleAsync(parseResult, console, output, input, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>As <see cref="Handle"/>; with <c>--apply</c> the objects go to the cluster instead of stdout.</summary>
    public async Task<ExitCodes> HandleAsync(ParseResult parseResult, IAnsiConsole console, TextWriter output, TextReader input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var arguments = _options.Read(parseResult);
        var firewallRead = _firewall.TryRead(parseResult, console, out var firewall);
        var applyRead = _apply.TryRead(parseResult, arguments.WritesFiles, console, out var apply);
        if (!GenerateInput.TryParse(arguments, console, out var request) || !firewallRead || !applyRead)
        {
            return ExitCodes.BadInput;
        }

        request = request with { NodeFirewall = firewall };
        if (!apply.Apply)
        {
            return Generate(arguments, request, console, output, input, out _);
        }

        using var connection = ClusterInput.Open(apply.Kubeconfig, apply.Context, console, out var failure);
        if (connection is null)
        {
            return failure;
        }

        try
        {
            if (arguments.Files.Count == 0 && _readSnapshot is not null)
            {
                request = request with { Cluster = await _readSnapshot(connection, cancellationToken).ConfigureAwait(false) };
            }

            var proven = Generate(arguments, request, console, TextWriter.Null, input, out var documents);
            return proven != ExitCodes.Ok ? proven
                : await new ApplyRun(KubeApi.For(connection), console, output, apply.DryRun).RunAsync(ManifestObject.From(documents), cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterUnreachableException e)
        {
            return ClusterInput.Unreachable(e, console);
        }
    }

    private static ExitCodes Generate(GenerateArguments arguments, FenceRequest request, IAnsiConsole console, TextWriter output, TextReader input,
        out System.Collections.Immutable.ImmutableArray<RenderedDocument> documents)
    {
        documents = [];
        if (arguments.Files.Count > 0)
        {
            var load = SnapshotInput.Load(arguments.Files, "default", input, console);
            if (load is null || load.HasErrors)
            {
                return ExitCodes.BadInput;
            }

            request = request with { Cluster = load.Snapshot };
        }

        var planned = FencePlanner.Plan(request);
        if (planned.Plan is not { } plan)
        {
            return Refuse(planned.Problems, console);
        }

        foreach (var note in plan.Notes)
        {
            Messages.Line(console, "note", note, Messages.Yellow);
        }

        documents = PlanRenderer.Render(plan);
        var reports = SelfCheck.Run(plan, documents);
        var unreadable = SelfCheck.Unreadable(documents);
        SelfCheckMessages.Print(reports, unreadable, console);
        if (!unreadable.IsEmpty || reports.Any(r => !r.IsProven))
        {
            return ExitCodes.Findings;
        }

        var header = GenerateHeader.Text(plan, reports);
        return GeneratedOutput.TryWrite(arguments, header, documents, output, console, plan) ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private static ExitCodes Refuse(IEnumerable<PlanProblem> problems, IAnsiConsole console)
    {
        foreach (var problem in problems)
        {
            Messages.Error(console, problem.Option, problem.Problem, problem.Expected);
        }

        return ExitCodes.BadInput;
    }
}
