using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads <c>az aks show -o json</c> (one ManagedCluster) or <c>az aks list -o json</c> (an array of
/// them); field names as in https://learn.microsoft.com/en-us/rest/api/aks/managed-clusters/get
/// (<c>identityProfile.kubeletidentity</c>, <c>securityProfile.workloadIdentity</c>,
/// <c>oidcIssuerProfile</c>, <c>networkProfile</c>, <c>agentPoolProfiles[]</c>). Never throws on bad input.
/// </summary>
public static class AksClusterExportReader
{
    public const string Expected = "the JSON output of az aks show or az aks list -o json";

    public static CloudExport<ImmutableArray<AksCluster>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ExportProblems(path);
        using var document = ExportDocument.Open(path, problems, Expected);
        return Read(document, problems);
    }

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="name"/> is the file name diagnostics show.</summary>
    public static CloudExport<ImmutableArray<AksCluster>> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new ExportProblems(name);
        using var document = ExportDocument.Parse(stream, problems, Expected);
        return Read(document, problems);
    }

    private static CloudExport<ImmutableArray<AksCluster>> Read(JsonDocument? document, ExportProblems problems)
    {
        if (document is null)
        {
            return new([], problems.ToImmutable(), false);
        }

        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((item, i) => (Item: item, Path: Paths.Index("", i))).ToList()
            : [(Item: root, Path: "")];
        if (items.Count == 0 || !items.All(i => IsCluster(i.Item)))
        {
            problems.Fatal("", $"this looks like {ExportKind.Describe(root)}, not az aks show output", Expected);
            return new([], problems.ToImmutable(), false);
        }

        var fields = new JsonFields(problems);
        var clusters = items.Select(i => ReadCluster(i.Item, i.Path, fields)).OfType<AksCluster>()
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToImmutableArray();
        return new(clusters, problems.ToImmutable(), !clusters.IsEmpty);
    }

    private static bool IsCluster(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("agentPoolProfiles", out _);

    private static AksCluster? ReadCluster(JsonElement cluster, string path, JsonFields fields)
    {
        var name = fields.String(cluster, path, "name", required: true);
        if (name is null)
        {
            return null;
        }

        var kubeletPath = Paths.Property(Paths.Property(path, "identityProfile"), "kubeletidentity");
        var kubelet = fields.Object(cluster, path, "identityProfile") is { } profile
            ? fields.Object(profile, Paths.Property(path, "identityProfile"), "kubeletidentity") : null;
        var security = fields.Object(cluster, path, "securityProfile");
        var workload = security is { } s ? fields.Object(s, Paths.Property(path, "securityProfile"), "workloadIdentity") : null;
        var oidc = fields.Object(cluster, path, "oidcIssuerProfile");
        var network = fields.Object(cluster, path, "networkProfile");
        var networkPath = Paths.Property(path, "networkProfile");
        return new AksCluster
        {
            Name = name,
            ResourceGroup = fields.String(cluster, path, "resourceGroup"),
            KubeletClientId = kubelet is { } k1 ? fields.String(k1, kubeletPath, "clientId") : null,
            KubeletObjectId = kubelet is { } k2 ? fields.String(k2, kubeletPath, "objectId") : null,
            KubeletResourceId = kubelet is { } k3 ? fields.String(k3, kubeletPath, "resourceId") : null,
            WorkloadIdentityEnabled = workload is { } w ? fields.Boolean(w, Paths.Property(Paths.Property(path, "securityProfile"), "workloadIdentity"), "enabled") : null,
            OidcIssuerEnabled = oidc is { } o ? fields.Boolean(o, Paths.Property(path, "oidcIssuerProfile"), "enabled") : null,
            NetworkPolicy = network is { } n1 ? fields.String(n1, networkPath, "networkPolicy") : null,
            NetworkPlugin = network is { } n2 ? fields.String(n2, networkPath, "networkPlugin") : null,
            // Cluster-wide podLinkLocalAccess (ContainerService API, PodLinkLocalAccess); a pool's own value wins in the posture join.
            PodLinkLocalAccess = network is { } n3 ? fields.String(n3, networkPath, "podLinkLocalAccess") : null,
            AgentPools = [.. fields.Items(cluster, path, "agentPoolProfiles")
                .Select(p => fields.String(p.Item, p.Path, "name", required: true) is { } pool
                    ? new AksAgentPool { Name = pool, Mode = fields.String(p.Item, p.Path, "mode"), PodLinkLocalAccess = fields.String(p.Item, p.Path, "podLinkLocalAccess") }
                    : null)
                .OfType<AksAgentPool>().OrderBy(p => p.Name, StringComparer.Ordinal)],
            Location = fields.Problems.At(path),
        };
    }
}
