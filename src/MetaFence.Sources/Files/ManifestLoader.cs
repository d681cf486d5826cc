namespace MetaFence.Sources.Files;

/// <summary>
/// Reads manifests and dumps (files, folders recursively, or <c>-</c> for stdin; YAML or JSON;
/// multi-document; <c>List</c> kinds) into a <see cref="LoadResult"/>. Bad input never throws:
/// it becomes diagnostics, and everything readable is still loaded.
/// </summary>
public static class ManifestLoader
{
    /// <summary>The name diagnostics use for standard input.</summary>
    public const string StdinName = "stdin";

    /// <summary>Loads every path; <paramref name="stdin"/> (default: the console) is read for the path <c>-</c>.</summary>
    public static LoadResult Load(IReadOnlyList<string> paths, LoadOptions options, TextReader? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var session = new LoadSession(options);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                session.ReadBytes(StdinName, System.Text.Encoding.UTF8.GetBytes((stdin ?? Console.In).ReadToEnd()));
            }
            else
            {
                session.ReadPath(path);
            }
        }

        return session.Finish();
    }

    /// <summary>Loads one in-memory text as if it were the file <paramref name="name"/> (tests, stdin).</summary>
    public static LoadResult LoadText(string name, string text, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var session = new LoadSession(options);
        session.ReadBytes(name, System.Text.Encoding.UTF8.GetBytes(text));
        return session.Finish();
    }
}
