using System.Globalization;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// Where a value came from: file, 1-based document index, field path and, when known, line.
/// </summary>
public sealed record SourceLocation(string File, int Document, string Path, int? Line = null)
{
    /// <summary>The same document, another field.</summary>
    public SourceLocation At(string path, int? line = null) => this with { Path = path, Line = line ?? Line };

    /// <summary><c>file: document n: path</c>, the prefix of every diagnostic message.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}: document {Document}: {(Path.Length == 0 ? "." : Path)}");
}
