namespace MetaFence.Sources.Files;

/// <summary>A locator for a nested object (a <c>List</c> item): paths are relative to <c>prefix</c>.</summary>
internal sealed class PrefixedLineLocator(ILineLocator inner, string prefix) : ILineLocator
{
    public int? LineOf(string path) => inner.LineOf(FieldPath.Join(prefix, path));
}
