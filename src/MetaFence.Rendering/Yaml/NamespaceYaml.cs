using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>A <see cref="NamespaceLabelsPlan"/> as a v1 Namespace carrying only the labels to add (no managed-by label: the namespace is not ours).</summary>
internal static class NamespaceYaml
{
    public static YamlMap Of(NamespaceLabelsPlan plan)
    {
        var document = ObjectYaml.Start(plan, "v1", "Namespace", labelled: false);
        var labels = new YamlMap();
        foreach (var (key, value) in plan.Labels)
        {
            labels.Add(key, value);
        }

        ((YamlMap)document.Entries[2].Value).Add("labels", labels);
        return document;
    }
}
