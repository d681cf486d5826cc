using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>
/// A look ahead over one top-level JSON object, without building it: is it a <c>List</c> whose
/// <c>items</c> can be streamed? kubectl writes <c>items</c> before <c>kind</c>, hence the look ahead.
/// </summary>
internal readonly record struct JsonListScan(bool IsList, ListItemHint? ItemHint)
{
    /// <summary>Scans from the current token of a copy of <paramref name="reader"/>; the caller's reader does not move.</summary>
    public static JsonListScan Of(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        string? kind = null, apiVersion = null;
        var hasItems = false;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && name is "kind" or "apiVersion")
                {
                    (kind, apiVersion) = name == "kind" ? (reader.GetString(), apiVersion) : (kind, reader.GetString());
                }

                hasItems |= name == "items" && reader.TokenType == JsonTokenType.StartArray;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed further on: stream the items read so far; the reader reports the error.
            return new JsonListScan(hasItems && (kind is null || ListItemHint.IsListKind(kind)), null);
        }

        return hasItems && kind is not null && ListItemHint.IsListKind(kind)
            ? new JsonListScan(true, ListItemHint.For(kind, apiVersion))
            : default;
    }
}
