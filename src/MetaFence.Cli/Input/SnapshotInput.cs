using MetaFence.Core.Findings;
using MetaFence.Sources.Files;
using Spectre.Console;

namespace MetaFence.Cli.Input;

/// <summary>
/// Loads <c>-f</c> paths and reports every load diagnostic on stderr, one per line
/// (<c>error: file: document n: path: problem; expected what</c>). The snapshot holds whatever
/// could be read, so the command still audits and prints it; the caller exits 2 when
/// <see cref="LoadResult.HasErrors"/>.
/// </summary>
internal static class SnapshotInput
{
    /// <summary>The load result, or null when the paths could not be read at all (already reported).</summary>
    public static LoadResult? Load(IReadOnlyList<string> paths, string defaultNamespace, TextReader stdin, IAnsiConsole console)
    {
        LoadResult result;
        try
        {
            result = ManifestLoader.Load(paths, new LoadOptions(defaultNamespace), stdin);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Messages.Error(console, $"--filename {string.Join(" ", paths)}", $"cannot read: {e.Message}", "readable files or folders");
            return null;
        }

        Report(result, console);
        return result;
    }

    /// <summary>Prints every load diagnostic, ordered by file, document and path.</summary>
    public static void Report(LoadResult result, IAnsiConsole console)
    {
        foreach (var diagnostic in result.Diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Document)
            .ThenBy(d => d.Location.Path, StringComparer.Ordinal))
        {
            var (label, style) = diagnostic.Severity == DiagnosticSeverity.Warning
                ? ("warning", Messages.Yellow)
                : (diagnostic.Severity == DiagnosticSeverity.Fatal ? "fatal" : "error", Messages.Red);
            Messages.Line(console, label, diagnostic.ToString(), style);
        }
    }
}
