using MetaFence.Core.Net;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Parses a CIDR as the API server does (leniently, rules 23–25), rejecting what it cannot read
/// and warning about what it normalises.
/// </summary>
internal static class CidrReader
{
    public static Cidr? Read(string? text, string path, string rule, ObjectProblems problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            problems.Reject(path, rule, "the CIDR is missing; expected a CIDR such as 10.0.0.0/8 or fd00::/8");
            return null;
        }

        if (!Cidr.TryParse(text, out var cidr, out var notes))
        {
            problems.Reject(path, rule, $"{ValueText.Quote(text)} is not a valid CIDR; expected an IPv4 or IPv6 CIDR such as 10.0.0.0/8 or fd00::/8");
            return null;
        }

        if (notes.HasFlag(AddressNotes.LeadingZeros))
        {
            problems.Warn(path, "24", $"{text} has leading zeros; the API server reads them as decimal, {cidr}");
        }

        if (notes.HasFlag(AddressNotes.Ipv4Mapped))
        {
            problems.Warn(path, "25", $"{text} is an IPv4-mapped IPv6 CIDR; it is read as the IPv4 CIDR {cidr}");
        }

        if (notes.HasFlag(AddressNotes.HostBits))
        {
            problems.Warn(path, "23", $"{text} has host bits set; the API server accepts it as {cidr}");
        }

        return cidr;
    }
}
