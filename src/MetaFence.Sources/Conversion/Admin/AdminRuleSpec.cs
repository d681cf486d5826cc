namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// One egress rule (<c>to</c>) or ingress rule (<c>from</c>): v1alpha1 has <c>ports</c>, v1alpha2
/// <c>protocols</c>. Ingress rules are only validated: an invalid one rejects the whole object.
/// </summary>
internal sealed record AdminRuleSpec
{
    public string? Name { get; init; }

    public string? Action { get; init; }

    public IList<AdminPeerSpec?>? To { get; init; }

    public IList<AdminPeerSpec?>? From { get; init; }

    public IList<AdminPortSpec?>? Ports { get; init; }

    public IList<ProtocolSpec?>? Protocols { get; init; }
}
