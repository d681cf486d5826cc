using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;

namespace MetaFence.Cli.Input;

/// <summary>
/// One <c>--to</c> value: <c>ADDRESS[:PORT][/PROTOCOL]</c>, IPv6 in brackets when a port follows
/// (<c>[fd00:ec2::254]:80/TCP</c>); port 80 and TCP by default. Addresses in SSRF forms
/// (IPv4-mapped IPv6, one decimal or hex integer, leading zeros) are normalised and
/// <see cref="Notes"/> says how.
/// </summary>
internal sealed record DestinationInput(Destination Destination, string? AskedAs, ImmutableArray<string> Notes)
{
    public const string Grammar = "ADDRESS[:PORT][/PROTOCOL], e.g. 169.254.169.254, 169.254.169.254:80/TCP or [fd00:ec2::254]:80";

    public static bool TryParse(string text, [NotNullWhen(true)] out DestinationInput? input, out string problem)
    {
        input = null;
        problem = string.Empty;
        var rest = text.Trim();
        var protocol = Protocol.TCP;
        var slash = rest.LastIndexOf('/');
        if (slash >= 0)
        {
            var protocolText = rest[(slash + 1)..];
            if (protocolText.Length > 0 && protocolText.All(char.IsAsciiDigit))
            {
                problem = $"{text} is a CIDR, not one address";
                return false;
            }

            if (!Enum.TryParse(protocolText, ignoreCase: true, out protocol) || !protocolText.All(char.IsAsciiLetter))
            {
                problem = $"unknown protocol \"{protocolText}\" (TCP, UDP or SCTP)";
                return false;
            }

            rest = rest[..slash];
        }

        if (!TrySplitPort(rest, out var addressText, out var port, out problem))
        {
            return false;
        }

        if (!IpAddress.TryParseLoose(addressText, out var address, out var notes))
        {
            problem = $"\"{addressText}\" is not an IP address";
            return false;
        }

        var explained = Explain(addressText, address, notes);
        input = new DestinationInput(new Destination(address, port, protocol), explained.IsEmpty ? null : addressText, explained);
        return true;
    }

    private static bool TrySplitPort(string text, out string address, out int port, out string problem)
    {
        address = text;
        port = 80;
        problem = string.Empty;
        string? portText = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || (close < text.Length - 1 && text[close + 1] != ':'))
            {
                problem = "a bracketed IPv6 address must end with ] or ]:PORT";
                return false;
            }

            address = text[1..close];
            portText = close < text.Length - 1 ? text[(close + 2)..] : null;
        }
        else if (text.Count(c => c == ':') == 1)
        {
            // One colon: IPv4 (or an integer form) with a port. Two or more: a bare IPv6 address.
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            address = text[..colon];
            portText = text[(colon + 1)..];
        }

        if (portText is null)
        {
            return true;
        }

        if (!portText.All(char.IsAsciiDigit)
            || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port)
            || port is < 1 or > 65535)
        {
            problem = $"port \"{portText}\" is not a number from 1 to 65535";
            return false;
        }

        return true;
    }

    private static ImmutableArray<string> Explain(string text, IpAddress address, AddressNotes notes)
    {
        var explained = ImmutableArray.CreateBuilder<string>();
        if (notes.HasFlag(AddressNotes.Ipv4Mapped))
        {
            explained.Add($"address {text} is IPv4-mapped IPv6, which leaves the pod as IPv4: read as {address} (SEMANTICS 25)");
        }

        if (notes.HasFlag(AddressNotes.IntegerForm))
        {
            var form = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "hexadecimal" : "decimal";
            explained.Add($"address {text} is IPv4 written as one {form} integer: read as {address}");
        }

        if (notes.HasFlag(AddressNotes.LeadingZeros))
        {
            explained.Add($"address {text} has leading zeros: read as decimal {address}, as the API server does (SEMANTICS 24); "
                + "C libraries and curl read them as octal");
        }

        return explained.ToImmutable();
    }
}
