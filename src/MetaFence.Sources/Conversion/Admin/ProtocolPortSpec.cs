namespace MetaFence.Sources.Conversion.Admin;

/// <summary><c>tcp</c>/<c>udp</c>/<c>sctp</c>: an optional <c>destinationPort</c>.</summary>
internal sealed record ProtocolPortSpec
{
    public DestinationPortSpec? DestinationPort { get; init; }
}
