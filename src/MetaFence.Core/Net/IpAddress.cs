using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MetaFence.Core.Net;

/// <summary>
/// An IPv4 or IPv6 address as a 128-bit integer. IPv4-mapped IPv6 addresses are IPv4
/// (SEMANTICS rule 25); IPv6 addresses compare as 128-bit values (rule 26).
/// </summary>
public readonly record struct IpAddress(IpFamily Family, UInt128 Value) : IComparable<IpAddress>
{
    private static readonly UInt128 MappedPrefix = (UInt128)0xFFFF << 32;

    public int Bits => Family == IpFamily.V4 ? 32 : 128;

    /// <summary>The same address with an IPv4-mapped IPv6 value read as IPv4 (SEMANTICS 25).</summary>
    public IpAddress Normalized =>
        Family == IpFamily.V6 && (Value >> 32) == (MappedPrefix >> 32) ? V4((uint)(Value & uint.MaxValue)) : this;

    public static IpAddress V4(uint value) => new(IpFamily.V4, value);

    public int CompareTo(IpAddress other) =>
        Family != other.Family ? Family.CompareTo(other.Family) : Value.CompareTo(other.Value);

    public static bool operator <(IpAddress left, IpAddress right) => left.CompareTo(right) < 0;

    public static bool operator <=(IpAddress left, IpAddress right) => left.CompareTo(right) <= 0;

    public static bool operator >(IpAddress left, IpAddress right) => left.CompareTo(right) > 0;

    public static bool operator >=(IpAddress left, IpAddress right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Parses a dotted-quad IPv4 (decimal parts, leading zeros read as decimal as the API
    /// server does, rule 24) or an IPv6 address (mapped IPv4 becomes IPv4, rule 25).
    /// </summary>
    public static bool TryParse(string text, out IpAddress address) => TryParse(text, out address, out _);

    /// <inheritdoc cref="TryParse(string, out IpAddress)"/>
    /// <param name="text">The address text.</param>
    /// <param name="address">The parsed address.</param>
    /// <param name="notes">What was normalised: leading zeros, mapped form.</param>
    public static bool TryParse(string text, out IpAddress address, out AddressNotes notes)
    {
        address = default;
        notes = AddressNotes.None;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TryParseV6(text, out address, out notes);
        }

        return TryParseDottedQuad(text, out address, out notes);
    }

    /// <summary>
    /// Like <see cref="TryParse(string, out IpAddress, out AddressNotes)"/>, and also reads the
    /// forms SSRF payloads use for IPv4: one decimal integer (2852039166) or hex (0xA9FEA9FE).
    /// </summary>
    public static bool TryParseLoose(string text, out IpAddress address, out AddressNotes notes)
    {
        if (TryParse(text, out address, out notes))
        {
            return true;
        }

        notes = AddressNotes.IntegerForm;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            address = V4(hex);
            return true;
        }

        if (text.All(char.IsAsciiDigit) && uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var dec))
        {
            address = V4(dec);
            return true;
        }

        notes = AddressNotes.None;
        return false;
    }

    private static bool TryParseDottedQuad(string text, out IpAddress address, out AddressNotes notes)
    {
        // Span-based: pod IPs are parsed by the hundred thousand when a dump is loaded.
        address = default;
        notes = AddressNotes.None;
        uint value = 0;
        var span = text.AsSpan();
        for (var part = 0; part < 4; part++)
        {
            var end = part < 3 ? span.IndexOf('.') : span.Length;
            if (end <= 0 || end > 3 || (part == 3 && span.Contains('.')))
            {
                return false;
            }

            var octet = 0;
            foreach (var c in span[..end])
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                octet = (octet * 10) + (c - '0');
            }

            if (octet > 255)
            {
                return false;
            }

            if (end > 1 && span[0] == '0')
            {
                notes |= AddressNotes.LeadingZeros;
            }

            value = (value << 8) | (uint)octet;
            span = part < 3 ? span[(end + 1)..] : span[end..];
        }

        address = V4(value);
        return true;
    }

    private static bool TryParseV6(string text, out IpAddress address, out AddressNotes notes)
    {
        address = default;
        notes = AddressNotes.None;
        if (text.Contains('%', StringComparison.Ordinal)
            || !IPAddress.TryParse(text, out var parsed)
            || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        parsed.TryWriteBytes(bytes, out _);
        var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
        if ((value >> 32) == (MappedPrefix >> 32))
        {
            notes = AddressNotes.Ipv4Mapped;
            address = V4((uint)(value & uint.MaxValue));
            return true;
        }

        address = new IpAddress(IpFamily.V6, value);
        return true;
    }

    /// <summary>Canonical text: dotted quad, or RFC 5952 IPv6.</summary>
    public override string ToString()
    {
        if (Family == IpFamily.V4)
        {
            var v = (uint)Value;
            return string.Create(CultureInfo.InvariantCulture, $"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}");
        }

        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, Value);
        return new IPAddress(bytes).ToString();
    }
}
