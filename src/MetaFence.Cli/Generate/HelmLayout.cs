using System.Collections.Immutable;
using MetaFence.Core.Plans;
using MetaFence.Rendering.Yaml;

namespace MetaFence.Cli.Generate;

/// <summary>
/// <c>generate --layout helm</c>: instead of manifests, a <c>values.yaml</c> for the chart
/// <c>deploy/helm/metafence</c> computed from the same plan, a README saying how to install it,
/// and any text that is not a manifest (the cloud settings) as is.
/// </summary>
internal static class HelmLayout
{
    public const string ReadmeName = "README.md";

    public static List<(string Name, string Text)> Files(FencePlan plan, string folder, ImmutableArray<RenderedDocument> documents)
    {
        var values = ChartValuesPlanner.Plan(plan);
        var files = new List<(string Name, string Text)>
        {
            (HelmValuesYaml.FileName, HelmValuesYaml.Text(values)),
            (ReadmeName, Readme(folder, values)),
        };
        files.AddRange(documents.Where(d => !d.IsManifest).GroupBy(d => d.File, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Concat(g.Select(d => d.Text)))));
        return files;
    }

    private static string Readme(string folder, ChartValues values)
    {
        var path = Path.Combine(folder, HelmValuesYaml.FileName).Replace('\\', '/');
        var styles = string.Join(", ", values.Styles.Select(FenceStyles.Name));
        return $"""
            # MetaFence Helm values

            Written by `metafence generate --layout helm` for the styles {(styles.Length == 0 ? "(none the chart renders)" : styles)}.
            The chart `deploy/helm/metafence` of the MetaFence repository renders the same objects `generate` prints
            (plus Helm's labels), from the lists computed here.

            Install (from the repository root):

                helm install metafence deploy/helm/metafence -f {path}

            Look before installing: `helm template metafence deploy/helm/metafence -f {path}`.
            Upgrade after a new `generate`: `helm upgrade metafence deploy/helm/metafence -f {path}`.
            Remove: `helm uninstall metafence` (Namespace objects of the pod-security style are kept,
            labels included: remove the labels with `kubectl label namespace NAME pod-security.kubernetes.io/enforce-`).

            """;
    }
}
