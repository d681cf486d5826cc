using Spectre.Console;

namespace MetaFence.Cli.Output;

/// <summary>Sends rendered data to stdout or, with <c>-o FILE</c>, atomically to the file.</summary>
internal static class DataOutput
{
    /// <summary>True when written; false after telling the user why not (the caller exits 2).</summary>
    public static bool TryWrite(string? path, TextWriter stdout, IAnsiConsole console, Action<TextWriter> render)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            render(stdout);
            stdout.Flush();
            return true;
        }

        try
        {
            AtomicFile.Write(path, render);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = e is DirectoryNotFoundException ? e.Message : $"cannot write the file: {e.Message.TrimEnd('.')}";
            Messages.Error(console, $"--output {path}", problem, "a file path in an existing, writable folder");
            return false;
        }
    }
}
