using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace MetaFence.Sources.Conversion.Cilium;

/// <summary>A CiliumClusterwideNetworkPolicy or CiliumNetworkPolicy (cilium.io/v2, no client model).</summary>
internal sealed record CiliumDocument
{
    public V1ObjectMeta? Metadata { get; init; }

    public CiliumSpec? Spec { get; init; }

    public JsonElement? Specs { get; init; }
}

/// <summary>One rule set; ingress is not evaluated (egress only).</summary>
internal sealed record CiliumSpec
{
    public V1LabelSelector? EndpointSelector { get; init; }

    public V1LabelSelector? NodeSelector { get; init; }

    public IList<CiliumRuleSpec?>? Egress { get; init; }

    public IList<CiliumRuleSpec?>? EgressDeny { get; init; }

    public CiliumDefaultDenySpec? EnableDefaultDeny { get; init; }
}

/// <summary><c>enableDefaultDeny</c> (rule 58).</summary>
internal sealed record CiliumDefaultDenySpec
{
    public bool? Egress { get; init; }
}

/// <summary>One egress or egressDeny rule; fields MetaFence cannot evaluate are kept to be reported.</summary>
internal sealed record CiliumRuleSpec
{
    public IList<V1LabelSelector?>? ToEndpoints { get; init; }

    [JsonPropertyName("toCIDR")]
    public IList<string?>? ToCidr { get; init; }

    [JsonPropertyName("toCIDRSet")]
    public IList<CiliumCidrSetSpec?>? ToCidrSet { get; init; }

    public IList<string?>? ToEntities { get; init; }

    public IList<CiliumPortRuleSpec?>? ToPorts { get; init; }

    [JsonPropertyName("toFQDNs")]
    public JsonElement? ToFqdns { get; init; }

    public JsonElement? ToServices { get; init; }

    public JsonElement? ToGroups { get; init; }

    public JsonElement? ToRequires { get; init; }

    public JsonElement? ToNodes { get; init; }

    [JsonPropertyName("icmps")]
    public JsonElement? Icmps { get; init; }
}

/// <summary><c>toCIDRSet</c> entry.</summary>
internal sealed record CiliumCidrSetSpec
{
    public string? Cidr { get; init; }

    public IList<string?>? Except { get; init; }

    public JsonElement? CidrGroupRef { get; init; }
}

/// <summary><c>toPorts</c> entry: ports plus optional L7 rules.</summary>
internal sealed record CiliumPortRuleSpec
{
    public IList<CiliumPortSpec?>? Ports { get; init; }

    public JsonElement? Rules { get; init; }
}

/// <summary>One port: <c>port</c> is a string (number or name), <c>0</c> or absent = all ports.</summary>
internal sealed record CiliumPortSpec
{
    public string? Port { get; init; }

    public int? EndPort { get; init; }

    public string? Protocol { get; init; }
}
