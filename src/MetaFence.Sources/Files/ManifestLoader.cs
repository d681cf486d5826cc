namespace MetaFence.Sources.Files;

/// <summary>
/// Reads manifests and dumps (files, folders recursively, or <c>-</c> for stdin; YAML or JSON;
/// multi-document; <c>List</c> kinds) into a <see cref="LoadResult"/>.
/// </summary>
public static class ManifestLoader
{
    /// <summary>Loads every path; <paramref name="stdin"/> is read for the path <c>-</c>.</summary>
    public static LoadResult Load(IReadOnlyList<string> paths, LoadOptions options, TextReader? stdin = null) =>
        throw new NotImplementedException();

    /// <summary>Loads one in-memory text as if it were the file <paramref name="name"/> (tests, stdin).</summary>
    public static LoadResult LoadText(string name, string text, LoadOptions options) =>
        throw new NotImplementedException();
}
