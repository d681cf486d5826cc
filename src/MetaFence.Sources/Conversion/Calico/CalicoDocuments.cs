using System.Text.Json;
using k8s.Models;

namespace MetaFence.Sources.Conversion.Calico;

/// <summary>A Calico <c>GlobalNetworkPolicy</c> or <c>Tier</c> (no client model): metadata and spec.</summary>
internal sealed record CalicoDocument<TSpec>
    where TSpec : class
{
    public V1ObjectMeta? Metadata { get; init; }

    public TSpec? Spec { get; init; }
}

/// <summary><c>spec</c> of a GlobalNetworkPolicy; ingress rules are not evaluated (egress only).</summary>
internal sealed record CalicoPolicySpec
{
    public string? Tier { get; init; }

    public double? Order { get; init; }

    public string? Selector { get; init; }

    public string? NamespaceSelector { get; init; }

    public IList<string?>? Types { get; init; }

    public IList<JsonElement>? Ingress { get; init; }

    public IList<CalicoRuleSpec?>? Egress { get; init; }
}

/// <summary>One rule. Fields MetaFence cannot evaluate are kept so their presence can be reported.</summary>
internal sealed record CalicoRuleSpec
{
    public string? Action { get; init; }

    public JsonElement? Protocol { get; init; }

    public JsonElement? NotProtocol { get; init; }

    public JsonElement? Icmp { get; init; }

    public JsonElement? NotICMP { get; init; }

    public JsonElement? Http { get; init; }

    public CalicoEntitySpec? Source { get; init; }

    public CalicoEntitySpec? Destination { get; init; }
}

/// <summary>A rule's source or destination.</summary>
internal sealed record CalicoEntitySpec
{
    public IList<string?>? Nets { get; init; }

    public IList<string?>? NotNets { get; init; }

    public string? Selector { get; init; }

    public string? NotSelector { get; init; }

    public string? NamespaceSelector { get; init; }

    public IList<JsonElement>? Ports { get; init; }

    public IList<JsonElement>? NotPorts { get; init; }

    public JsonElement? ServiceAccounts { get; init; }

    public JsonElement? Services { get; init; }
}

/// <summary><c>spec</c> of a Tier.</summary>
internal sealed record CalicoTierSpec
{
    public double? Order { get; init; }

    public string? DefaultAction { get; init; }
}
