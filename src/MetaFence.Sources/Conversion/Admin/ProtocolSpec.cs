namespace MetaFence.Sources.Conversion.Admin;

/// <summary>A v1alpha2 protocol match: exactly one of <c>tcp</c>, <c>udp</c>, <c>sctp</c>, <c>destinationNamedPort</c>.</summary>
internal sealed record ProtocolSpec
{
    public ProtocolPortSpec? Tcp { get; init; }

    public ProtocolPortSpec? Udp { get; init; }

    public ProtocolPortSpec? Sctp { get; init; }

    public string? DestinationNamedPort { get; init; }
}
