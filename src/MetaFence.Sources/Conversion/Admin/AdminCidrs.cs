using MetaFence.Core.Net;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// One <c>networks</c> entry (rule 49), checked as each API version's <c>CIDR</c> type does
/// (kubernetes-sigs/network-policy-api):
/// <list type="bullet">
/// <item>v1alpha1 (<c>apis/v1alpha1/shared_types.go</c>): CEL <c>self.contains(':') != self.contains('.')</c>
/// refuses IPv4 embedded in IPv6; the string "must be validated by implementations using net.ParseCIDR".</item>
/// <item>v1alpha2 (<c>apis/v1alpha2/clusternetworkpolicy_types.go</c>): CEL <c>isCIDR(self)</c>, which parses with
/// <c>netip.ParsePrefix</c> and refuses leading zeros and IPv4-mapped addresses
/// (kubernetes <c>staging/src/k8s.io/apiserver/pkg/cel/library/cidr.go</c>, <c>parseCIDR</c>).</item>
/// </list>
/// Both accept host bits.
/// </summary>
internal static class AdminCidrs
{
    private const string Rule = "49";

    public static Cidr? Read(string? text, string path, AdminFlavor flavor, ObjectProblems problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            problems.Reject(path, Rule, "the CIDR is missing; expected a CIDR such as 10.0.0.0/8 or fd00::/8");
            return null;
        }

        if (!Cidr.TryParse(text, out var cidr, out var notes))
        {
            problems.Reject(path, Rule, $"{ValueText.Quote(text)} is not a valid CIDR; expected an IPv4 or IPv6 CIDR such as 10.0.0.0/8 or fd00::/8");
            return null;
        }

        if (notes.HasFlag(AddressNotes.Ipv4Mapped) && !Mapped(text, cidr, path, flavor, problems))
        {
            return null;
        }

        if (notes.HasFlag(AddressNotes.LeadingZeros) && !LeadingZeros(text, cidr, path, flavor, problems))
        {
            return null;
        }

        if (notes.HasFlag(AddressNotes.HostBits))
        {
            problems.Warn(path, "23", $"{text} has host bits set; the API server accepts it as {cidr}");
        }

        return cidr;
    }

    private static bool Mapped(string text, Cidr cidr, string path, AdminFlavor flavor, ObjectProblems problems)
    {
        if (flavor.IsV1Alpha2)
        {
            problems.Reject(path, Rule, $"{text} is an IPv4-mapped IPv6 CIDR, which isCIDR refuses; expected the IPv4 CIDR {cidr}");
            return false;
        }

        if (text.Contains('.', StringComparison.Ordinal))
        {
            problems.Reject(path, Rule, $"{text} is an IPv4-mapped IPv6 CIDR, which the v1alpha1 CIDR type refuses (IPv4 embedded in IPv6 is not supported); expected the IPv4 CIDR {cidr}");
            return false;
        }

        // Hex form (::ffff:a9fe:a9fe/128) passes the CEL rule; Go's net.ParseCIDR keeps it a 16-byte network.
        problems.Warn(path, "25", $"{text} is an IPv4-mapped IPv6 CIDR; MetaFence reads it as the IPv4 CIDR {cidr}, but enforcement is uncertain: "
            + $"implementations parse it with Go's net.ParseCIDR as IPv6 and may never match IPv4 traffic; write {cidr}");
        return true;
    }

    private static bool LeadingZeros(string text, Cidr cidr, string path, AdminFlavor flavor, ObjectProblems problems)
    {
        if (flavor.IsV1Alpha2)
        {
            problems.Reject(path, Rule, $"{text} has leading zeros, which isCIDR (netip.ParsePrefix) refuses; expected {cidr}");
            return false;
        }

        problems.Warn(path, "24", $"{text} has leading zeros; MetaFence reads them as decimal, {cidr}, but enforcement is uncertain: "
            + $"implementations parse networks with Go's net.ParseCIDR, which rejects leading zeros; write {cidr}");
        return true;
    }
}
