namespace MetaFence.Imds.Emulator;

/// <summary>
/// A read-only tree of metadata paths: leaves produce their text when read (so timestamps follow
/// the clock), folders list their children one per line, sub-folders with a trailing slash, in
/// ordinal order, as AWS and GCP do. A folder answers with or without its trailing slash.
/// AWS separates entries with newlines; GCP ends every entry with one (<c>endEveryLine</c>).
/// </summary>
internal sealed class MetadataTree(bool endEveryLine = false)
{
    private readonly SortedDictionary<string, Func<string>> _leaves = new(StringComparer.Ordinal);

    public MetadataTree Add(string path, Func<string> value)
    {
        _leaves.Add(path, value);
        return this;
    }

    public MetadataTree Add(string path, string value) => Add(path, () => value);

    /// <summary>The leaf's text, or the folder's listing, or null when nothing lives there.</summary>
    public string? Read(string path)
    {
        if (_leaves.TryGetValue(path, out var leaf))
        {
            return leaf();
        }

        var folder = path.EndsWith('/') ? path : path + "/";
        var children = _leaves.Keys
            .Where(k => k.StartsWith(folder, StringComparison.Ordinal))
            .Select(k => k[folder.Length..])
            .Select(rest => rest.Contains('/', StringComparison.Ordinal) ? rest[..(rest.IndexOf('/', StringComparison.Ordinal) + 1)] : rest)
            .Where(child => child.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (children.Count == 0)
        {
            return null;
        }

        var listing = string.Join('\n', children);
        return endEveryLine ? listing + "\n" : listing;
    }
}
