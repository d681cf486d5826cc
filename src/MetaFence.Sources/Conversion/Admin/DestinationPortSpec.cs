namespace MetaFence.Sources.Conversion.Admin;

/// <summary><c>destinationPort</c>: exactly one of <c>number</c> or <c>range</c>.</summary>
internal sealed record DestinationPortSpec
{
    public int? Number { get; init; }

    public PortRangeSpec? Range { get; init; }
}
