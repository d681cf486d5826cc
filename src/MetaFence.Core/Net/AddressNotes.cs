namespace MetaFence.Core.Net;

/// <summary>What parsing normalised in an address or CIDR text.</summary>
[Flags]
public enum AddressNotes
{
    None = 0,

    /// <summary>An IPv4 octet had leading zeros, read as decimal (SEMANTICS rule 24).</summary>
    LeadingZeros = 1,

    /// <summary>An IPv4-mapped IPv6 form, read as IPv4 (rule 25).</summary>
    Ipv4Mapped = 2,

    /// <summary>A CIDR had bits set past its prefix, read as its network (rule 23).</summary>
    HostBits = 4,

    /// <summary>IPv4 written as one decimal or hex integer (SSRF payload forms).</summary>
    IntegerForm = 8,
}
