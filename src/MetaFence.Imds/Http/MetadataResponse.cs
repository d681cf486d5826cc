using System.Collections.Immutable;

namespace MetaFence.Imds.Http;

/// <summary>
/// What the emulator answers: status, content type, body and extra headers. <see cref="HopLimit"/>
/// set means "send this reply with this IP TTL / IPv6 hop limit" (the AWS IMDSv2 token reply).
/// </summary>
public sealed record MetadataResponse(int Status, string ContentType, string Body)
{
    public const string TextPlain = "text/plain";

    public const string Json = "application/json";

    public ImmutableArray<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The IP TTL (IPv6 hop limit) for this reply; null keeps the system default.</summary>
    public int? HopLimit { get; init; }

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public static MetadataResponse Text(int status, string body) => new(status, TextPlain, body);

    public static MetadataResponse JsonBody(int status, string body) => new(status, Json, body);

    /// <summary>The same response with one more header.</summary>
    public MetadataResponse WithHeader(string name, string value) => this with { Headers = Headers.Add(new(name, value)) };
}
