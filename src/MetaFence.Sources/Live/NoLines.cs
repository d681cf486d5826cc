using MetaFence.Sources.Files;

namespace MetaFence.Sources.Live;

/// <summary>API responses have no lines worth citing: locations name the resource, page and item.</summary>
internal sealed class NoLines : ILineLocator
{
    public static readonly NoLines Instance = new();

    public int? LineOf(string path) => null;
}
