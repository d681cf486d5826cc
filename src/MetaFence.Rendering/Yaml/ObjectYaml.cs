using MetaFence.Core.Catalog;
using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>The parts every generated object shares: the header comments, <c>metadata</c>, and the label that finds them again.</summary>
internal static class ObjectYaml
{
    /// <summary>Every generated policy carries it: <c>kubectl delete … -l app.kubernetes.io/managed-by=metafence</c> removes them.</summary>
    public const string ManagedBy = "app.kubernetes.io/managed-by";

    public static YamlMap Start(PlannedObject plan, string apiVersion, string kind, bool labelled = true)
    {
        var metadata = new YamlMap().Add("name", plan.Name);
        if (plan.Namespace is not null)
        {
            metadata.Add("namespace", plan.Namespace);
        }

        if (labelled)
        {
            metadata.Add("labels", new YamlMap().Add(ManagedBy, "metafence"));
        }

        var document = new YamlMap().Add("apiVersion", apiVersion).Add("kind", kind).Add("metadata", metadata);
        document.Entries[0].Value.WithComments<YamlNode>(plan.Comments);
        return document;
    }

    /// <summary>A NetworkPolicy port entry: the protocol always written, since it defaults to TCP (SEMANTICS 31).</summary>
    public static YamlMap Port(ServicePort port) => new YamlMap().Add("protocol", port.Protocol.ToString()).Add("port", port.Number);
}
