using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// Continue tokens for paged lists. Like the real server's (base64 of <c>{"v":"meta.k8s.io/v1","rv":…,"start":…}</c>)
/// a token names the resourceVersion of the first page and the key to start from; every page of one list is served
/// from the first page's snapshot, so the list is consistent (https://kubernetes.io/docs/reference/using-api/api-concepts/#retrieving-large-results-sets-in-chunks).
/// </summary>
internal sealed class ContinueTokens
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, ListSnapshot> _snapshots = [];
    private long _next;

    public string Issue(ListSnapshot snapshot, string startKey)
    {
        long id;
        lock (_gate)
        {
            id = ++_next;
            _snapshots[id] = snapshot;
        }

        var json = new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = snapshot.ResourceVersion, ["start"] = startKey, ["id"] = id };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <summary>The snapshot and start key of <paramref name="token"/>; Snapshot is null when the token expired.</summary>
    public (ListSnapshot? Snapshot, string StartKey) Resolve(string token)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(Base64Url.DecodeFromChars(token)) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw ApiError.BadRequest($"continue key is not valid: {e.Message}");
        }

        if (json?["id"]?.GetValue<long>() is not { } id || json["start"]?.GetValue<string>() is not { } start)
        {
            throw ApiError.BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        }

        lock (_gate)
        {
            return (_snapshots.GetValueOrDefault(id), start);
        }
    }

    public void ExpireAll()
    {
        lock (_gate)
        {
            _snapshots.Clear();
        }
    }
}
