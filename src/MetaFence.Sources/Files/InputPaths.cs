using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Files;

/// <summary>Expands one <c>-f</c> argument into files: a file as is, a folder recursively.</summary>
internal static class InputPaths
{
    private static readonly string[] ManifestExtensions = [".yaml", ".yml", ".json"];

    /// <summary>The file-level location every diagnostic about a whole file or folder uses.</summary>
    public static SourceLocation Whole(string file) => new(file, 1, "");

    public static InputFormat FormatOf(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? InputFormat.Json
            : extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
              || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) ? InputFormat.Yaml
            : InputFormat.Sniff;
    }

    /// <summary>The files to read for <paramref name="path"/>, sorted ordinally; reports a missing path or an empty folder.</summary>
    public static IReadOnlyList<string> Expand(string path, DiagnosticList diagnostics)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            diagnostics.Fatal(Whole(path), "no such file or folder", "an existing file, a folder, or - for standard input");
            return [];
        }

        // Hidden entries (.git, .github) are skipped; the depth bound stops symlink loops.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 32 };
        var files = Directory.EnumerateFiles(path, "*", options)
            .Where(f => ManifestExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.Join(path, Path.GetRelativePath(path, f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            diagnostics.Warning(Whole(path), "the folder holds no .yaml, .yml or .json files", "a folder of manifests");
        }

        return files;
    }
}
