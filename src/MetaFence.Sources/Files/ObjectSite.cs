using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Files;

/// <summary>
/// Where one object sits: file, 1-based document, the object's path in the document
/// (<c>items[3]</c> inside a <c>List</c>, empty otherwise) and how to find lines of its fields.
/// </summary>
internal sealed class ObjectSite(string file, int document, string basePath, ILineLocator lines)
{
    public string File { get; } = file;

    public int Document { get; } = document;

    public string BasePath { get; } = basePath;

    /// <summary>The location of a field given relative to the object; the empty path is the object.</summary>
    public SourceLocation At(string path = "") =>
        new(File, Document, FieldPath.Join(BasePath, path), lines.LineOf(path));

    /// <summary>The path as the user reads it in the document.</summary>
    public string Describe(string path) => FieldPath.Join(BasePath, path);

    /// <summary>A nested object, such as a <c>List</c> item.</summary>
    public ObjectSite Child(string path) =>
        new(File, Document, FieldPath.Join(BasePath, path), new PrefixedLineLocator(lines, path));
}
