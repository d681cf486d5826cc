using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads GKE node pools from <c>gcloud container node-pools describe --format=json</c> (one
/// object), <c>gcloud container node-pools list --format=json</c> (an array) or
/// <c>gcloud container clusters describe --format=json</c> (its <c>nodePools</c>). Fields as in the
/// NodePool resource (https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters.nodePools)
/// and NodeConfig (https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/NodeConfig):
/// <c>config.serviceAccount</c>, <c>config.oauthScopes</c>, <c>config.workloadMetadataConfig.mode</c>,
/// <c>config.metadata</c>. Never throws on bad input.
/// </summary>
public static class GkeNodePoolExportReader
{
    public const string Expected = "the JSON output of gcloud container node-pools describe or list --format=json";

    public static CloudExport<ImmutableArray<GkeNodePool>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ExportProblems(path);
        using var document = ExportDocument.Open(path, problems, Expected);
        return Read(document, problems);
    }

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="name"/> is the file name diagnostics show.</summary>
    public static CloudExport<ImmutableArray<GkeNodePool>> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new ExportProblems(name);
        using var document = ExportDocument.Parse(stream, problems, Expected);
        return Read(document, problems);
    }

    private static CloudExport<ImmutableArray<GkeNodePool>> Read(JsonDocument? document, ExportProblems problems)
    {
        if (document is null)
        {
            return new([], problems.ToImmutable(), false);
        }

        var root = document.RootElement;
        var fields = new JsonFields(problems);
        var kind = ExportKind.Describe(root);
        List<(JsonElement Item, string Path)> items = kind switch
        {
            ExportKind.GkeNodePools => [(root, "")],
            "an array of " + ExportKind.GkeNodePools => [.. root.EnumerateArray().Select((item, i) => (item, Paths.Index("", i)))],
            "gcloud container clusters describe output" => [.. fields.Items(root, "", "nodePools")],
            _ when root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 0 => [],
            _ => [],
        };
        if (items.Count == 0 && !(root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 0))
        {
            problems.Fatal("", $"this looks like {kind}, not {ExportKind.GkeNodePools}", Expected);
            return new([], problems.ToImmutable(), false);
        }

        var pools = items.Select(i => ReadPool(i.Item, i.Path, fields)).OfType<GkeNodePool>()
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToImmutableArray();
        if (pools.IsEmpty)
        {
            problems.Error("", "no node pools could be read", Expected);
        }

        return new(pools, problems.ToImmutable(), !pools.IsEmpty);
    }

    private static GkeNodePool? ReadPool(JsonElement pool, string path, JsonFields fields)
    {
        var name = pool.ValueKind == JsonValueKind.Object ? fields.String(pool, path, "name", required: true) : null;
        if (name is null)
        {
            fields.Problems.Error(path, "a node pool without a name is ignored", "a node pool object with name and config");
            return null;
        }

        var configPath = Paths.Property(path, "config");
        var config = fields.Object(pool, path, "config") ?? default;
        var scopes = JsonFields.Get(config, "oauthScopes") is { } s ? fields.StringOrArray(s, Paths.Property(configPath, "oauthScopes"), "an array of scope URLs") : null;
        var metadata = ReadMetadata(config, configPath, fields);
        var (mode, modeText) = ReadMode(config, configPath, fields);
        return new GkeNodePool
        {
            Name = name,
            ServiceAccount = fields.String(config, configPath, "serviceAccount") ?? "default",
            OAuthScopes = [.. (scopes ?? []).Order(StringComparer.Ordinal)],
            WorkloadMetadataMode = mode,
            WorkloadMetadataModeText = modeText,
            Metadata = metadata,
            DisableLegacyEndpoints = metadata.TryGetValue("disable-legacy-endpoints", out var legacy)
                ? string.Equals(legacy, "true", StringComparison.OrdinalIgnoreCase) : null,
            Version = fields.String(pool, path, "version"),
            Location = fields.Problems.At(path),
        };
    }

    /// <summary><c>mode</c> (GA) or the retired beta <c>nodeMetadata</c> (SECURE, EXPOSE, GKE_METADATA_SERVER).</summary>
    private static (GkeWorkloadMetadataMode Mode, string Text) ReadMode(JsonElement config, string configPath, JsonFields fields)
    {
        var path = Paths.Property(configPath, "workloadMetadataConfig");
        if (fields.Object(config, configPath, "workloadMetadataConfig") is not { } workload)
        {
            return (GkeWorkloadMetadataMode.Unset, "");
        }

        var text = fields.String(workload, path, "mode") ?? fields.String(workload, path, "nodeMetadata") ?? "";
        var mode = text switch
        {
            "" or "MODE_UNSPECIFIED" or "UNSPECIFIED" => GkeWorkloadMetadataMode.Unset,
            "GKE_METADATA" or "GKE_METADATA_SERVER" => GkeWorkloadMetadataMode.GkeMetadata,
            "GCE_METADATA" or "EXPOSE" => GkeWorkloadMetadataMode.GceMetadata,
            "SECURE" => GkeWorkloadMetadataMode.Secure,
            _ => GkeWorkloadMetadataMode.Unknown,
        };
        if (mode == GkeWorkloadMetadataMode.Unknown)
        {
            fields.Problems.Warning(Paths.Property(path, "mode"), $"unknown mode '{text}'", "GKE_METADATA or GCE_METADATA");
        }

        return (mode, text);
    }

    private static ImmutableSortedDictionary<string, string> ReadMetadata(JsonElement config, string configPath, JsonFields fields)
    {
        var metadata = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (fields.Object(config, configPath, "metadata") is { } values)
        {
            foreach (var property in values.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    metadata[property.Name] = property.Value.GetString() ?? "";
                }
                else
                {
                    fields.Problems.Warning(Paths.Property(Paths.Property(configPath, "metadata"), property.Name), $"a {JsonFields.Kind(property.Value)}, ignored", "a string");
                }
            }
        }

        return metadata.ToImmutable();
    }
}
