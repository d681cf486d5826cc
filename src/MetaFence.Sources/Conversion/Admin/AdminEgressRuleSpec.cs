namespace MetaFence.Sources.Conversion.Admin;

/// <summary>One egress rule: v1alpha1 has <c>ports</c>, v1alpha2 <c>protocols</c>.</summary>
internal sealed record AdminEgressRuleSpec
{
    public string? Name { get; init; }

    public string? Action { get; init; }

    public IList<AdminPeerSpec?>? To { get; init; }

    public IList<AdminPortSpec?>? Ports { get; init; }

    public IList<ProtocolSpec?>? Protocols { get; init; }
}
