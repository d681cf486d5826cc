namespace MetaFence.Sources.Files;

/// <summary>Finds the 1-based file line of a field path relative to one object.</summary>
internal interface ILineLocator
{
    /// <summary>The line of the field, or of its nearest present parent; null when unknown.</summary>
    int? LineOf(string path);
}
