using System.CommandLine;
using MetaFence.Cli.Generate;
using MetaFence.Cli.Input;
using MetaFence.Core.Plans;
using MetaFence.Rendering.Yaml;
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

    public GenerateCommand()
    {
        Command = new Command("generate", Description);
        _options.AddTo(Command);
        _firewall.AddTo(Command);
    }

    public Command Command { get; }

    /// <summary>Parses, loads, plans, renders, proves, writes; each step can stop with its exit code.</summary>
    public ExitCodes Handle(ParseResult parseResult, IAnsiConsole console, TextWriter output, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var arguments = _options.Read(parseResult);
        var firewallRead = _firewall.TryRead(parseResult, console, out var firewall);
        if (!GenerateInput.TryParse(arguments, console, out var request) || !firewallRead)
        {
            return ExitCodes.BadInput;
        }

        request = request with { NodeFirewall = firewall };

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

        var documents = PlanRenderer.Render(plan);
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
