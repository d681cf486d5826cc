using MetaFence.Core.Net;

namespace MetaFence.Core.Tests.Net;

public sealed class CidrTests
{
    public sealed record Row(string Text, string? Expected, AddressNotes Notes, string Source)
    {
        public override string ToString() => $"{Text} ({Source})";
    }

    public static TheoryData<Row> Rows() =>
    [
        new("169.254.169.254/32", "169.254.169.254/32", AddressNotes.None, "plain IPv4"),
        new("10.1.2.3/8", "10.0.0.0/8", AddressNotes.HostBits, "SEMANTICS 23: host bits read as the network"),
        new("192.168.242.213/24", "192.168.242.0/24", AddressNotes.HostBits, "SEMANTICS 23: NPA eval_test t1"),
        new("010.0.0.0/8", "10.0.0.0/8", AddressNotes.LeadingZeros, "SEMANTICS 24: leading zeros are decimal"),
        new("::ffff:169.254.169.254/128", "169.254.169.254/32", AddressNotes.Ipv4Mapped, "SEMANTICS 25: mapped CIDR is IPv4, 96 bits fewer"),
        new("::ffff:a9fe:0/112", "169.254.0.0/16", AddressNotes.Ipv4Mapped, "SEMANTICS 25"),
        new("fd00:ec2:0:0:0:0:0:254/128", "fd00:ec2::254/128", AddressNotes.None, "SEMANTICS 26: 128-bit value"),
        new("0.0.0.0/0", "0.0.0.0/0", AddressNotes.None, "all IPv4"),
        new("::/0", "::/0", AddressNotes.None, "all IPv6"),
        new("300.1.1.1/8", null, AddressNotes.None, "SEMANTICS 21: invalid address"),
        new("10.0.0.0/33", null, AddressNotes.None, "prefix too long"),
        new("10.0.0.0", null, AddressNotes.None, "no prefix"),
        new("10.0.0.0/-1", null, AddressNotes.None, "negative prefix"),
        new("fe80::1%eth0/64", null, AddressNotes.None, "zones are not CIDRs"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_parse_like_the_api_server_When_given_cidr_text(Row row)
    {
        var ok = Cidr.TryParse(row.Text, out var cidr, out var notes);

        Assert.Equal(row.Expected is not null, ok);
        if (ok)
        {
            Assert.Equal(row.Expected, cidr.ToString());
            Assert.Equal(row.Notes, notes);
        }
    }

    [Fact]
    public void Should_require_a_strictly_longer_prefix_When_checking_an_except()
    {
        Assert.True(Cidr.TryParse("0.0.0.0/0", out var all, out _));
        Assert.True(Cidr.TryParse("169.254.169.254/32", out var imds, out _));
        Assert.True(Cidr.TryParse("fd00:ec2::254/128", out var imds6, out _));

        Assert.True(all.StrictlyContains(imds));
        Assert.False(imds.StrictlyContains(imds)); // SEMANTICS 21: except == cidr is rejected
        Assert.False(all.StrictlyContains(imds6)); // SEMANTICS 21, 22: other family
    }
}
