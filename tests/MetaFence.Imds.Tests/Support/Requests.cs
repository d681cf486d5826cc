using MetaFence.Imds.Http;

namespace MetaFence.Imds.Tests.Support;

/// <summary>Requests for handler tests: <c>"Name: value"</c> header strings.</summary>
internal static class Requests
{
    public static MetadataRequest Get(string target, params string[] headers) => Make("GET", target, headers);

    public static MetadataRequest Put(string target, params string[] headers) => Make("PUT", target, headers);

    public static MetadataRequest Make(string method, string target, params string[] headers) =>
        MetadataRequest.Create(method, target, headers.Select(h =>
        {
            var colon = h.IndexOf(':', StringComparison.Ordinal);
            return new KeyValuePair<string, string>(h[..colon], h[(colon + 1)..].Trim());
        }));
}
