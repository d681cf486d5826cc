using MetaFence.Rendering;
using Spectre.Console;

namespace MetaFence.Cli;

/// <summary>
/// Lines for people on stderr, never wrapped. Errors follow the project's one message grammar:
/// <c>error: &lt;where&gt;: &lt;problem&gt;; expected &lt;what&gt;</c> (STYLE §5).
/// </summary>
internal static class Messages
{
    public static readonly Style Red = new(Color.Red);

    public static readonly Style Yellow = new(Color.Yellow);

    public static void Error(IAnsiConsole console, string where, string problem, string? expected = null)
    {
        var text = expected is null ? $"{where}: {problem}" : $"{where}: {problem}; expected {expected}";
        Line(console, "error", text, Red);
    }

    /// <summary><c>label: text</c> with the label styled.</summary>
    public static void Line(IAnsiConsole console, string label, string text, Style style) =>
        console.Write(new PlainLine(($"{label}: ", style), (text, Style.Plain)));
}
