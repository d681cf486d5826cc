using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>
/// What the fields of one top-level JSON object say about it, read as they stream past: is it a
/// <c>List</c> whose items are read one by one, and which kind its items default to? kubectl
/// writes <c>items</c> before <c>kind</c>, so items are read under an assumption made when the
/// first <c>items</c> array starts; the end of the object confirms it or, rarely, refutes it, and
/// the object is then read again under the verdict.
/// </summary>
internal sealed class JsonListScan
{
    private string? _kind;
    private string? _apiVersion;
    private bool _hasItems;

    /// <summary>The assumption the items were read under; null while no <c>items</c> array was met.</summary>
    public JsonListVerdict? Assumed { get; private set; }

    /// <summary>True when an item lacked its own kind or apiVersion, so the list's hint mattered.</summary>
    public bool UsedHint { get; set; }

    /// <summary>Notes a field whose value token <paramref name="reader"/> is on; returns true for an <c>items</c> array.</summary>
    public bool See(string? name, ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && name is "kind" or "apiVersion")
        {
            (_kind, _apiVersion) = name == "kind" ? (reader.GetString(), _apiVersion) : (_kind, reader.GetString());
        }

        var isItems = name == "items" && reader.TokenType == JsonTokenType.StartArray;
        _hasItems |= isItems;
        if (isItems && Assumed is null)
        {
            // Unknown kind: kubectl's List, whose items carry their own kind.
            Assumed = _kind is null ? new JsonListVerdict(true, null) : Verdict(malformed: false);
        }

        return isItems;
    }

    /// <summary>
    /// What the object is, from the fields read; malformed JSON ends the read early and its items
    /// get no hint (read so far, the reader reports the error).
    /// </summary>
    public JsonListVerdict Verdict(bool malformed) =>
        malformed ? new JsonListVerdict(_hasItems && (_kind is null || ListItemHint.IsListKind(_kind)), null)
        : _hasItems && _kind is not null && ListItemHint.IsListKind(_kind) ? new JsonListVerdict(true, ListItemHint.For(_kind, _apiVersion))
        : default;

    /// <summary>True when the items read under <see cref="Assumed"/> would have been read differently under <paramref name="verdict"/>.</summary>
    public bool IsRefutedBy(JsonListVerdict verdict) =>
        Assumed is { } assumed
        && (assumed.IsList != verdict.IsList || (assumed.IsList && UsedHint && assumed.Hint != verdict.Hint));
}
