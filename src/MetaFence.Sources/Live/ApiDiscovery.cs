using System.Collections.Immutable;
using System.Net;
using System.Text.Json;

namespace MetaFence.Sources.Live;

/// <summary>
/// Asks the API server which optional policy resources it serves: <c>GET /apis</c> for the groups
/// and versions, then <c>GET /apis/{group}/{version}</c> for each candidate present. This is also
/// the first request of a run, so 401 and 403 here end it (exit 3).
/// </summary>
internal static class ApiDiscovery
{
    public static async Task<ImmutableArray<LiveResource>> FindAsync(ApiRequester api, CancellationToken cancellationToken)
    {
        var groups = await ReadAsync(api, "apis", "reading API discovery (/apis)", cancellationToken).ConfigureAwait(false);
        var served = GroupVersions(groups);
        var found = new List<LiveResource>();
        foreach (var groupVersion in LiveResources.Optional.Select(r => r.ApiVersion).Distinct(StringComparer.Ordinal).Where(served.Contains))
        {
            var resources = await ReadAsync(api, $"apis/{groupVersion}", $"reading API discovery (/apis/{groupVersion})", cancellationToken).ConfigureAwait(false);
            var names = ResourceNames(resources);
            found.AddRange(LiveResources.Optional.Where(r => r.ApiVersion == groupVersion && names.Contains(r.Resource)));
        }

        // Calico: its API server (v3) when installed, its storage CRDs otherwise (never both: the same objects twice).
        if (found.Any(r => r.Group == "projectcalico.org"))
        {
            found.RemoveAll(r => r.Group == LiveResources.CalicoCrdGroup);
        }

        return [.. found];
    }

    private static async Task<JsonElement?> ReadAsync(ApiRequester api, string path, string doing, CancellationToken cancellationToken)
    {
        var response = await api.GetAsync(path, doing, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccess)
        {
            throw ClusterErrors.ForStatus((int)response.Status, api.Cluster, doing);
        }

        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ClusterUnreachableException(api.Cluster, $"the answer to {doing} is not JSON ({e.Message.TrimEnd('.')})", "check that the server address is a Kubernetes API server", e);
        }
    }

    private static HashSet<string> GroupVersions(JsonElement? groupList)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (groupList is { ValueKind: JsonValueKind.Object } list && list.TryGetProperty("groups", out var groups) && groups.ValueKind == JsonValueKind.Array)
        {
            foreach (var group in groups.EnumerateArray())
            {
                if (group.ValueKind == JsonValueKind.Object && group.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Array)
                {
                    result.UnionWith(versions.EnumerateArray().Select(v => StringField(v, "groupVersion")).OfType<string>());
                }
            }
        }

        return result;
    }

    private static HashSet<string> ResourceNames(JsonElement? resourceList)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (resourceList is { ValueKind: JsonValueKind.Object } list && list.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
        {
            result.UnionWith(resources.EnumerateArray().Select(r => StringField(r, "name")).OfType<string>());
        }

        return result;
    }

    private static string? StringField(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
