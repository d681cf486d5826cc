using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Cli.Cluster;
using MetaFence.Core.Verify;
using Spectre.Console;

namespace MetaFence.Cli.Apply;

/// <summary>The checks before and around applying: every kind served by the cluster, and the message for an object MetaFence does not manage.</summary>
internal static class ApplyChecks
{
    /// <summary>
    /// True when the cluster serves every kind (API discovery of its group-version lists the resource);
    /// otherwise each missing one is named with its CRD and the style to choose instead, and nothing is applied.
    /// </summary>
    public static async Task<bool> AllServedAsync(KubeApi api, ImmutableArray<ManifestObject> objects, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var ok = true;
        foreach (var resource in objects.Select(o => o.Resource).Distinct())
        {
            var response = await api.SendCheckedAsync(HttpMethod.Get, resource.GroupVersionPath, $"discovering {resource.ApiVersion}",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.IsSuccess && Lists(response.Body, resource.Plural))
            {
                continue;
            }

            ok = false;
            Messages.Error(console, $"{resource.Kind} ({resource.ApiVersion})",
                $"the cluster does not serve it: {resource.Crd ?? resource.Qualified} is not installed, so nothing was applied",
                $"{resource.Instead ?? "a style whose kinds the cluster serves"}; or install it first");
        }

        return ok;
    }

    /// <summary>Says why an existing object is left alone and how to hand it over or get the same effect.</summary>
    public static void Refuse(ManifestObject item, IAnsiConsole console)
    {
        if (item.Resource.Kind == "Namespace")
        {
            var labels = item.Body["metadata"]?["labels"]?.AsObject().Select(p => $"{p.Key}={p.Value}") ?? [];
            Messages.Error(console, item.Display, "is not managed by MetaFence (namespaces never are), so its labels were not applied; left untouched",
                $"the labels set by hand: kubectl label namespace {item.Name} {string.Join(" ", labels)}");
            return;
        }

        Messages.Error(console, item.Display,
            $"exists and is not managed by MetaFence (no {ProbePods.ManagedByLabel}={ProbePods.ManagedByValue} label); left untouched",
            "an object MetaFence created: rename or delete the existing one, or label it to hand it over to MetaFence");
    }

    private static bool Lists(string discovery, string plural)
    {
        try
        {
            using var json = JsonDocument.Parse(discovery);
            return json.RootElement.TryGetProperty("resources", out var resources)
                && resources.EnumerateArray().Any(r => r.TryGetProperty("name", out var name) && name.GetString() == plural);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
