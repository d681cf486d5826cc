using MetaFence.Core.Net;

namespace MetaFence.Core.Tests.Net;

public sealed class IpAddressTests
{
    [Theory]
    [InlineData("169.254.169.254", "169.254.169.254", AddressNotes.None)]
    [InlineData("::ffff:169.254.169.254", "169.254.169.254", AddressNotes.Ipv4Mapped)] // SEMANTICS 25
    [InlineData("::ffff:a9fe:a9fe", "169.254.169.254", AddressNotes.Ipv4Mapped)] // DESIGN: any textual form
    [InlineData("FD00:EC2::254", "fd00:ec2::254", AddressNotes.None)] // SEMANTICS 26
    [InlineData("169.254.169.0254", null, AddressNotes.None)]
    [InlineData("2852039166", "169.254.169.254", AddressNotes.IntegerForm)] // SSRF payload form
    [InlineData("0xA9FEA9FE", "169.254.169.254", AddressNotes.IntegerForm)] // SSRF payload form
    [InlineData("metadata.google.internal", null, AddressNotes.None)]
    [InlineData("169.254.169.254.", null, AddressNotes.None)]
    [InlineData("169.254.169", null, AddressNotes.None)]
    [InlineData("169..169.254", null, AddressNotes.None)]
    [InlineData("169.254.169.256", null, AddressNotes.None)]
    [InlineData("010.0.0.1", "10.0.0.1", AddressNotes.LeadingZeros)] // SEMANTICS 24: decimal
    public void Should_normalise_textual_forms_When_parsed_loosely(string text, string? expected, AddressNotes notes)
    {
        var ok = IpAddress.TryParseLoose(text, out var address, out var actualNotes);

        Assert.Equal(expected is not null, ok);
        if (ok)
        {
            Assert.Equal(expected, address.ToString());
            Assert.Equal(notes, actualNotes);
        }
    }

    [Fact]
    public void Should_reject_integer_forms_When_parsed_strictly()
    {
        Assert.False(IpAddress.TryParse("2852039166", out _));
    }
}
