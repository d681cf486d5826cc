using Spectre.Console;

namespace MetaFence.Cli;

/// <summary>
/// Where a command talks: <see cref="Error"/> for people (diagnostics, warnings, usage errors),
/// <see cref="Output"/> for data (so <c>--format json | jq</c> always works), <see cref="Input"/>
/// for <c>-f -</c>. Tests pass a Spectre <c>TestConsole</c> and string writers.
/// </summary>
public sealed record StandardStreams(IAnsiConsole Error, TextWriter Output, TextReader Input)
{
    /// <summary>The process's stderr (as a Spectre console), stdout and stdin.</summary>
    public static StandardStreams FromConsole() => new(
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        Console.Out,
        Console.In);
}
