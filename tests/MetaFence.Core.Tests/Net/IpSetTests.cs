using MetaFence.Core.Net;

namespace MetaFence.Core.Tests.Net;

public sealed class IpSetTests
{
    private static IpSet Block(string cidr, params string[] except)
    {
        Assert.True(Cidr.TryParse(cidr, out var c, out _));
        return except.Aggregate(IpSet.Of(c), (set, e) =>
        {
            Assert.True(Cidr.TryParse(e, out var x, out _));
            return set.Except(IpSet.Of(x));
        });
    }

    private static IpAddress Ip(string text)
    {
        Assert.True(IpAddress.TryParse(text, out var address));
        return address;
    }

    [Theory]
    [InlineData("172.17.0.0/16", "172.17.1.0/24", "172.17.0.5", true)] // CON example, SEMANTICS 20
    [InlineData("172.17.0.0/16", "172.17.1.0/24", "172.17.1.5", false)]
    [InlineData("172.17.0.0/16", "172.17.1.0/24", "172.17.2.5", true)]
    [InlineData("0.0.0.0/0", "169.254.169.254/32", "169.254.169.254", false)]
    [InlineData("0.0.0.0/0", "169.254.169.254/32", "169.254.169.253", true)]
    [InlineData("0.0.0.0/0", "169.254.169.254/32", "fd00:ec2::254", false)] // SEMANTICS 22
    [InlineData("::/0", "fd00:ec2::254/128", "169.254.169.254", false)] // SEMANTICS 22
    [InlineData("::/0", "fd00:ec2::254/128", "fd00:ec2::254", false)]
    [InlineData("::/0", "fd00:ec2::254/128", "fd00:ec2::23", true)]
    public void Should_match_cidr_minus_except_When_asked_for_an_address(string cidr, string except, string address, bool expected)
    {
        Assert.Equal(expected, Block(cidr, except).Contains(Ip(address)));
    }

    [Fact]
    public void Should_merge_adjacent_ranges_When_built()
    {
        var set = Block("10.0.0.0/25").Union(Block("10.0.0.128/25"));

        Assert.Equal(Block("10.0.0.0/24"), set);
        Assert.Single(set.Ranges);
    }

    [Fact]
    public void Should_split_into_two_ranges_When_an_except_lies_inside()
    {
        var set = Block("172.17.0.0/16", "172.17.1.0/24");

        Assert.Equal("172.17.0.0-172.17.0.255, 172.17.2.0-172.17.255.255", set.ToString());
        Assert.True(set.Overlaps(Block("172.17.0.0/24")));
        Assert.False(set.Overlaps(Block("172.17.1.0/24")));
    }

    [Fact]
    public void Should_cover_both_families_When_all()
    {
        Assert.True(IpSet.All.Contains(Ip("0.0.0.0")));
        Assert.True(IpSet.All.Contains(Ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")));
        Assert.True(IpSet.All.Except(IpSet.All).IsEmpty);
    }
}
