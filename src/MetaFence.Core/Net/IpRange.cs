namespace MetaFence.Core.Net;

/// <summary>An inclusive range of addresses of one family.</summary>
public readonly record struct IpRange(IpFamily Family, UInt128 Start, UInt128 End)
{
    public bool Contains(IpAddress address) =>
        address.Family == Family && address.Value >= Start && address.Value <= End;

    /// <summary>The range a CIDR network covers; <paramref name="network"/> must have no host bits.</summary>
    public static IpRange FromPrefix(IpAddress network, int prefixLength)
    {
        var hostBits = network.Bits - prefixLength;
        var size = hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
        return new IpRange(network.Family, network.Value, network.Value + size);
    }

    public override string ToString() =>
        Start == End
            ? new IpAddress(Family, Start).ToString()
            : $"{new IpAddress(Family, Start)}-{new IpAddress(Family, End)}";
}
