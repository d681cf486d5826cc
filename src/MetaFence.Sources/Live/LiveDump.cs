using System.Text.Json;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Conversion;

namespace MetaFence.Sources.Live;

/// <summary>
/// Writes what a live read listed as one <c>{"apiVersion":"v1","kind":"List","items":[…]}</c>, the
/// shape of <c>kubectl get -o json</c>, which <c>audit -f</c> reads back to the same snapshot. List
/// items come without <c>apiVersion</c> and <c>kind</c> (the list's kind implies them), so each
/// item gets its resource's; every other field is copied as the server sent it. Resources RBAC
/// refused follow as <see cref="UnreadableRecord"/> items, so a replay keeps them unknown.
/// </summary>
internal static class LiveDump
{
    public static void Write(Stream stream, IEnumerable<ResourceListing> listings, IEnumerable<UnreadableResource> unreadable)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("apiVersion", "v1");
        json.WriteString("kind", "List");
        json.WriteStartArray("items");
        foreach (var listing in listings)
        {
            foreach (var page in listing.Pages)
            {
                using var document = JsonDocument.Parse(page);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in items.EnumerateArray())
                    {
                        WriteItem(json, item, listing.Resource);
                    }
                }
            }

            json.Flush();
        }

        foreach (var resource in unreadable)
        {
            UnreadableRecord.Write(json, resource);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, JsonElement item, LiveResource resource)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            item.WriteTo(json);
            return;
        }

        json.WriteStartObject();
        json.WriteString("apiVersion", item.TryGetProperty("apiVersion", out var apiVersion) && apiVersion.ValueKind == JsonValueKind.String
            ? apiVersion.GetString() : resource.ApiVersion);
        json.WriteString("kind", item.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : resource.Kind);
        foreach (var property in item.EnumerateObject())
        {
            if (property.NameEquals("apiVersion") || property.NameEquals("kind"))
            {
                continue;
            }

            property.WriteTo(json);
        }

        json.WriteEndObject();
    }
}
