using Spectre.Console;

namespace MetaFence.Cli.Output;

/// <summary>
/// A Spectre console over the data writer, for the table format. On a terminal it detects
/// colours and width; anywhere else (pipe, file, test) it writes plain text at a fixed width
/// so the same input always gives the same bytes.
/// </summary>
internal static class DataConsole
{
    /// <summary>The width of tables written to files and pipes.</summary>
    public const int FixedWidth = 160;

    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = FixedWidth;
            console.Profile.Capabilities.Unicode = true;
        }

        return console;
    }
}
