using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Services and Ingresses as exposure hints for <c>trace</c>. Read leniently and silently: nothing
/// evaluates them, so a malformed one is only a hint lost, never a diagnostic, and <c>audit</c>
/// output is the same as when they were skipped (they are still counted as skipped kinds).
/// </summary>
internal static class ExposureReader
{
    /// <summary>Reads a Service (core group) or Ingress (<c>networking.k8s.io</c>, <c>extensions</c>); other kinds are ignored.</summary>
    public static void TryRead(string apiVersion, string kind, JsonElement element, ObjectSite site, string defaultNamespace, SnapshotAccumulator snapshot)
    {
        var group = KindCatalog.GroupOf(apiVersion);
        if (!(kind == "Service" && group == "") && !(kind == "Ingress" && group is "networking.k8s.io" or "extensions"))
        {
            return;
        }

        if (Text(element, "metadata", "name") is not { Length: > 0 } name)
        {
            return;
        }

        var ns = Text(element, "metadata", "namespace") is { Length: > 0 } given ? given : defaultNamespace;
        var spec = element.TryGetProperty("spec", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        if (kind == "Service")
        {
            snapshot.AddService(new ServiceInfo(ns, name, Text(spec, "type") ?? "ClusterIP", Selector(spec)) { Location = site.At() });
            return;
        }

        snapshot.AddIngress(new IngressInfo(ns, name, Backends(spec)) { Location = site.At() });
    }

    private static LabelSet Selector(JsonElement spec)
    {
        if (spec.ValueKind != JsonValueKind.Object || !spec.TryGetProperty("selector", out var selector) || selector.ValueKind != JsonValueKind.Object)
        {
            return LabelSet.Empty;
        }

        return LabelSet.Of(selector.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")));
    }

    /// <summary>
    /// <c>spec.defaultBackend</c> and <c>spec.rules[].http.paths[].backend</c>: <c>service.name</c>
    /// (v1) or <c>serviceName</c> (v1beta1; <c>spec.backend</c> for the default).
    /// </summary>
    private static ImmutableArray<string> Backends(JsonElement spec)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (spec.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        foreach (var key in new[] { "defaultBackend", "backend" })
        {
            Add(names, spec.TryGetProperty(key, out var backend) ? backend : default);
        }

        if (spec.TryGetProperty("rules", out var rules) && rules.ValueKind == JsonValueKind.Array)
        {
            foreach (var rule in rules.EnumerateArray())
            {
                if (rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("http", out var http) && http.ValueKind == JsonValueKind.Object
                    && http.TryGetProperty("paths", out var paths) && paths.ValueKind == JsonValueKind.Array)
                {
                    foreach (var path in paths.EnumerateArray())
                    {
                        Add(names, path.ValueKind == JsonValueKind.Object && path.TryGetProperty("backend", out var backend) ? backend : default);
                    }
                }
            }
        }

        return [.. names];
    }

    private static void Add(SortedSet<string> names, JsonElement backend)
    {
        if ((Text(backend, "service", "name") ?? Text(backend, "serviceName")) is { Length: > 0 } name)
        {
            names.Add(name);
        }
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var key in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
