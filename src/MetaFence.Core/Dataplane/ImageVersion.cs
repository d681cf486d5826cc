namespace MetaFence.Core.Dataplane;

/// <summary>The version in an image tag: <c>…/aws-network-policy-agent:v1.0.3-eksbuild.1</c> is 1.0.3.</summary>
public static class ImageVersion
{
    public static Version? Of(string? image)
    {
        if (image is null)
        {
            return null;
        }

        var digest = image.IndexOf('@', StringComparison.Ordinal);
        var name = digest >= 0 ? image[..digest] : image;
        var colon = name.LastIndexOf(':');
        if (colon < 0 || colon < name.LastIndexOf('/'))
        {
            return null; // no tag (a registry port is not a tag)
        }

        var tag = name[(colon + 1)..].TrimStart('v');
        var end = tag.IndexOfAny(['-', '+', '_']);
        return Version.TryParse(end >= 0 ? tag[..end] : tag, out var version) ? version : null;
    }
}
