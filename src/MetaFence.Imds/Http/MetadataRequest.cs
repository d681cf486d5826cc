using System.Collections.Immutable;

namespace MetaFence.Imds.Http;

/// <summary>
/// One HTTP/1.1 request as the emulator read it: the method, the raw target, the decoded path
/// and query, and the headers by case-insensitive name (repeated headers joined with ", ").
/// </summary>
public sealed record MetadataRequest
{
    public required string Method { get; init; }

    /// <summary>The request target as sent (<c>/latest/meta-data/?x=1</c>), for the log.</summary>
    public required string Target { get; init; }

    /// <summary>The path, percent-decoded, without the query.</summary>
    public required string Path { get; init; }

    public ImmutableDictionary<string, string> Query { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableDictionary<string, string> Headers { get; init; } =
        ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>HTTP/1.1</c> or <c>HTTP/1.0</c>.</summary>
    public string Version { get; init; } = "HTTP/1.1";

    /// <summary>True when the client asked to close the connection after this exchange.</summary>
    public bool WantsClose =>
        Header("Connection") is { } connection
            ? connection.Contains("close", StringComparison.OrdinalIgnoreCase)
            : Version == "HTTP/1.0";

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool HasHeader(string name) => Headers.ContainsKey(name);

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>A request from its parts: the target is split into path and query and decoded.</summary>
    public static MetadataRequest Create(string method, string target, IEnumerable<KeyValuePair<string, string>>? headers = null, string version = "HTTP/1.1")
    {
        ArgumentNullException.ThrowIfNull(target);
        var originForm = target;
        if (target.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            // Absolute form, as sent to a proxy: keep the path.
            var slash = target.IndexOf('/', "http://".Length);
            originForm = slash < 0 ? "/" : target[slash..];
        }

        var question = originForm.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? originForm : originForm[..question];
        var query = question < 0 ? string.Empty : originForm[(question + 1)..];
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
        {
            builder[name] = builder.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
        }

        return new MetadataRequest
        {
            Method = method,
            Target = target,
            Path = Decode(path),
            Query = ParseQuery(query),
            Headers = builder.ToImmutable(),
            Version = version,
        };
    }

    private static ImmutableDictionary<string, string> ParseQuery(string query)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            builder.TryAdd(name, value);
        }

        return builder.ToImmutable();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
