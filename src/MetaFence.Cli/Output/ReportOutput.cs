using MetaFence.Rendering.Report;
using Spectre.Console;

namespace MetaFence.Cli.Output;

/// <summary>
/// How <c>audit</c> and <c>trace</c> write their report: <c>html</c> and <c>markdown</c> are pages
/// drawn from the command's <see cref="ReportDocument"/>, every other format is the command's own
/// renderer. To stdout, or atomically to <c>-o FILE</c> and then a <c>wrote</c> line with the summary.
/// </summary>
internal static class ReportOutput
{
    /// <summary>True when written; false after telling the user why not (the caller exits 2).</summary>
    public static bool TryWrite(
        string? path, string? format, TextWriter stdout, IAnsiConsole console,
        Func<ReportDocument> page, Action<TextWriter> own, Func<string> summary)
    {
        if (!DataOutput.TryWrite(path, stdout, console, writer => Render(format, writer, page, own)))
        {
            return false;
        }

        if (path is not null && path != "-")
        {
            Messages.Line(console, "wrote", $"{path} ({format}): {summary()}", Style.Plain);
        }

        return true;
    }

    private static void Render(string? format, TextWriter writer, Func<ReportDocument> page, Action<TextWriter> own)
    {
        switch (format)
        {
            case "html":
                HtmlReportRenderer.Render(page(), writer);
                break;
            case "markdown":
                MarkdownReportRenderer.Render(page(), writer);
                break;
            default:
                own(writer);
                break;
        }
    }
}
