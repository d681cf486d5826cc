using MetaFence.Cli.Input;

namespace MetaFence.Cli.Tests.Input;

public sealed class DestinationInputTests
{
    public static TheoryData<string, string, string?> Accepted => new()
    {
        { "169.254.169.254", "169.254.169.254:80/TCP", null },
        { "169.254.169.254:8080", "169.254.169.254:8080/TCP", null },
        { "169.254.169.123:123/udp", "169.254.169.123:123/UDP", null },
        { "169.254.169.254/SCTP", "169.254.169.254:80/SCTP", null },
        { "fd00:ec2::254", "[fd00:ec2::254]:80/TCP", null },
        { "[fd00:ec2::254]", "[fd00:ec2::254]:80/TCP", null },
        { "[fd00:ec2::254]:80/TCP", "[fd00:ec2::254]:80/TCP", null },
        { "[169.254.169.254]:80", "169.254.169.254:80/TCP", null },

        // SEMANTICS 25: IPv4-mapped IPv6 is IPv4.
        { "::ffff:169.254.169.254", "169.254.169.254:80/TCP", "address ::ffff:169.254.169.254 is IPv4-mapped IPv6, which leaves the pod as IPv4: read as 169.254.169.254 (SEMANTICS 25)" },
        { "[::ffff:a9fe:a9fe]:80", "169.254.169.254:80/TCP", "address ::ffff:a9fe:a9fe is IPv4-mapped IPv6, which leaves the pod as IPv4: read as 169.254.169.254 (SEMANTICS 25)" },

        // SSRF payload forms.
        { "2852039166", "169.254.169.254:80/TCP", "address 2852039166 is IPv4 written as one decimal integer: read as 169.254.169.254" },
        { "0xA9FEA9FE:80", "169.254.169.254:80/TCP", "address 0xA9FEA9FE is IPv4 written as one hexadecimal integer: read as 169.254.169.254" },

        // SEMANTICS 24: leading zeros are decimal for the API server.
        { "169.254.169.054", "169.254.169.54:80/TCP", "address 169.254.169.054 has leading zeros: read as decimal 169.254.169.54, as the API server does (SEMANTICS 24); C libraries and curl read them as octal" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Should_read_the_destination_When_the_text_is_valid(string text, string destination, string? note)
    {
        Assert.True(DestinationInput.TryParse(text, out var input, out var problem), problem);

        Assert.Equal(destination, input.Destination.ToString());
        Assert.Equal(note, input.Notes.SingleOrDefault());
        Assert.Equal(note is null ? null : text.Split(']')[0].TrimStart('[').Split(":80")[0], input.AskedAs);
    }

    [Theory]
    [InlineData("", "\"\" is not an IP address")]
    [InlineData(":80", "\"\" is not an IP address")]
    [InlineData("169.254.169.254:65536", "port \"65536\" is not a number from 1 to 65535")]
    [InlineData("169.254.169.254:", "port \"\" is not a number from 1 to 65535")]
    [InlineData("[fd00:ec2::254]80", "a bracketed IPv6 address must end with ] or ]:PORT")]
    [InlineData("169.254.169.254/6", "169.254.169.254/6 is a CIDR, not one address")]
    [InlineData("169.254.169.254/", "unknown protocol \"\" (TCP, UDP or SCTP)")]
    public void Should_say_what_is_wrong_When_the_text_is_invalid(string text, string expected)
    {
        Assert.False(DestinationInput.TryParse(text, out _, out var problem));

        Assert.Equal(expected, problem);
    }
}
