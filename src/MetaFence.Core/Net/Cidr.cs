using System.Globalization;

namespace MetaFence.Core.Net;

/// <summary>
/// A CIDR as Kubernetes reads it: host bits are dropped (rule 23), leading zeros are decimal
/// (rule 24), an IPv4-mapped IPv6 CIDR is the IPv4 CIDR with 96 fewer bits (rule 25).
/// </summary>
public readonly record struct Cidr(IpAddress Network, int PrefixLength)
{
    public IpFamily Family => Network.Family;

    public IpRange Range => IpRange.FromPrefix(Network, PrefixLength);

    /// <summary>True when <paramref name="other"/> lies inside this network and is strictly smaller (rule 21).</summary>
    public bool StrictlyContains(Cidr other) =>
        other.Family == Family && other.PrefixLength > PrefixLength
        && Range.Contains(other.Network);

    /// <summary>Parses leniently; <paramref name="notes"/> says what the API server would warn about.</summary>
    public static bool TryParse(string text, out Cidr cidr, out AddressNotes notes)
    {
        cidr = default;
        notes = AddressNotes.None;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1)
        {
            return false;
        }

        var lengthText = text.AsSpan(slash + 1);
        if (!lengthText.ToString().All(char.IsAsciiDigit)
            || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || !IpAddress.TryParse(text[..slash], out var address, out notes))
        {
            return false;
        }

        if (notes.HasFlag(AddressNotes.Ipv4Mapped))
        {
            if (length < 96 || length > 128)
            {
                return false;
            }

            length -= 96;
        }

        if (length > address.Bits)
        {
            return false;
        }

        var hostMask = length == address.Bits ? UInt128.Zero
            : address.Bits - length == 128 ? UInt128.MaxValue : (UInt128.One << (address.Bits - length)) - 1;
        if ((address.Value & hostMask) != 0)
        {
            notes |= AddressNotes.HostBits;
            address = address with { Value = address.Value & ~hostMask };
        }

        cidr = new Cidr(address, length);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Network}/{PrefixLength}");
}
