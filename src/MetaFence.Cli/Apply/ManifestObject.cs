using System.Collections.Immutable;
using System.Text.Json.Nodes;
using MetaFence.Rendering.Yaml;
using MetaFence.Sources.Files;

namespace MetaFence.Cli.Apply;

/// <summary>One generated manifest as the apply body (JSON), with the resource it belongs to.</summary>
internal sealed record ManifestObject(ApiResource Resource, string? Namespace, string Name, JsonObject Body)
{
    /// <summary><c>NetworkPolicy shop/metafence-deny-metadata</c>, <c>ClusterNetworkPolicy metafence-deny-metadata</c>.</summary>
    public string Display => Namespace is null ? $"{Resource.Kind} {Name}" : $"{Resource.Kind} {Namespace}/{Name}";

    /// <summary>The path a diff names it by: <c>networkpolicies.networking.k8s.io/shop/metafence-deny-metadata</c>.</summary>
    public string DiffName => Namespace is null ? $"{Resource.Qualified}/{Name}" : $"{Resource.Qualified}/{Namespace}/{Name}";

    /// <summary>The manifests of <paramref name="documents"/> (the cloud text is not one), in generate's order.</summary>
    public static ImmutableArray<ManifestObject> From(IEnumerable<RenderedDocument> documents) =>
        [.. documents.Where(d => d.IsManifest).Select(d => Of(d.Text))];

    private static ManifestObject Of(string yaml)
    {
        var body = YamlToJson.Convert(yaml) as JsonObject ?? throw new InvalidOperationException("a generated document is not an object");
        var key = $"{body["apiVersion"]}/{body["kind"]}";
        var resource = ApiResource.Known.TryGetValue(key, out var known) ? known : throw new InvalidOperationException($"no API resource known for {key}");
        var metadata = body["metadata"];
        return new ManifestObject(resource, resource.Namespaced ? metadata?["namespace"]?.GetValue<string>() : null,
            metadata?["name"]?.GetValue<string>() ?? string.Empty, body);
    }
}
