using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// One peer; exactly one field must be set (rule 49). <see cref="Unknown"/> keeps the fields
/// MetaFence does not know: a peer with only those fails closed (rule 51), an empty one is invalid.
/// </summary>
internal sealed record AdminPeerSpec
{
    public V1LabelSelector? Namespaces { get; init; }

    public NamespacedPodSpec? Pods { get; init; }

    public V1LabelSelector? Nodes { get; init; }

    public IList<string?>? Networks { get; init; }

    public IList<string?>? DomainNames { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}
