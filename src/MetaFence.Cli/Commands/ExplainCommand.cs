using System.CommandLine;
using MetaFence.Cli.Input;
using MetaFence.Cli.Output;
using MetaFence.Core.Evaluation;
using MetaFence.Rendering.Explain;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence explain</c>: can this pod reach this address, and which rules decided? Every
/// <c>--from</c> × <c>--to</c> pair is answered, from-major. Exit 2 on bad usage or input.
/// </summary>
public sealed class ExplainCommand
{
    public const string Description =
        "Answer \"can this pod reach this address?\" with the policies and rules that decided, "
        + "for every --from and --to pair.\n"
        + "Example: metafence explain -f manifests/ --from shop/web --to 169.254.169.254 --to [fd00:ec2::254]:80/TCP";

    private readonly Option<string[]> _filename = Options.Filename();
    private readonly Option<string> _namespace = Options.Namespace();
    private readonly Option<string[]> _provider = Options.Provider();
    private readonly Option<string> _format = Options.Format("text", "text", "json");
    private readonly Option<string> _output = Options.Output();
    private readonly Option<string[]> _from = new("--from")
    {
        Description = $"The pod, or workload (answered through its first pod or its template), to ask about: {SubjectInput.Grammar}. Repeatable.",
        HelpName = "NS/NAME",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _to = new("--to")
    {
        Description = $"Destination: {DestinationInput.Grammar}; port 80 and TCP unless given. Repeatable. "
            + "Default: every credential endpoint address and port of --provider.",
        HelpName = "ADDRESS",
        AllowMultipleArgumentsPerToken = true,
    };

    public ExplainCommand()
    {
        Command = new Command("explain", Description) { _filename, _namespace, _provider, _from, _to, _format, _output };
    }

    public Command Command { get; }

    /// <summary>Validates the questions, loads, asks the engine, renders to stdout or <c>-o</c>.</summary>
    public ExitCodes Handle(ParseResult parseResult, IAnsiConsole console, TextWriter output, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (!ProviderSelection.TryParse(parseResult.GetValue(_provider), out var providers, out var problem))
        {
            Messages.Error(console, "--provider", problem, ProviderSelection.Expected());
            return ExitCodes.BadInput;
        }

        var destinations = ExplainQuestions.Destinations(parseResult.GetValue(_to) ?? [], providers, console);
        var ns = parseResult.GetValue(_namespace) ?? "default";
        var load = destinations is null ? null : SnapshotInput.Load(parseResult.GetValue(_filename) ?? [], ns, input, console);
        var subjects = load is null ? null : ExplainQuestions.Subjects(load.Snapshot, parseResult.GetValue(_from) ?? [], ns, console);
        if (destinations is null || load is null || subjects is null)
        {
            return ExitCodes.BadInput;
        }

        // The network plugin's known deviations apply to explain as to audit (issue 6).
        var engine = new EgressEngine(load.Snapshot, Core.Dataplane.DataplaneDetector.Detect(load.Snapshot));
        var answers = subjects
            .SelectMany(from => destinations.Select(to => ExplainQuestions.Answer(engine, from, to)))
            .ToList();
        var written = DataOutput.TryWrite(parseResult.GetValue(_output), output, console, writer =>
        {
            if (parseResult.GetValue(_format) == "json")
            {
                ExplainJsonRenderer.Render(answers, writer);
            }
            else
            {
                ExplainTextRenderer.Render(answers, writer);
            }
        });
        return written && !load.HasErrors ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
