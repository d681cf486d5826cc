using MetaFence.Imds.Net;

namespace MetaFence.Imds.Tests.Net;

public sealed class HostPortTests
{
    [Theory]
    [InlineData("127.0.0.1:8080", "127.0.0.1", 8080)]
    [InlineData("169.254.169.254", "169.254.169.254", null)]
    [InlineData("[fd00:ec2::254]:80", "fd00:ec2::254", 80)]
    [InlineData("[::1]", "::1", null)]
    [InlineData("fd00:ec2::254", "fd00:ec2::254", null)]
    [InlineData("kubernetes.default.svc:443", "kubernetes.default.svc", 443)]
    public void Should_read_host_and_port_When_the_text_is_valid(string text, string host, int? port)
    {
        Assert.True(HostPort.TryParse(text, out var value, out var problem), problem);
        Assert.Equal(new HostPort(host, port), value);
    }

    [Theory]
    [InlineData("127.0.0.1:0", "port \"0\" is not a number from 1 to 65535")]
    [InlineData("127.0.0.1:http", "port \"http\" is not a number from 1 to 65535")]
    [InlineData("[fd00:ec2::254:80", "a bracketed IPv6 address must end with ] or ]:PORT")]
    [InlineData("[10.0.0.1]:80", "\"10.0.0.1\" is not an IPv6 address")]
    [InlineData(":80", "no address")]
    public void Should_say_what_is_wrong_When_the_text_is_invalid(string text, string expected)
    {
        Assert.False(HostPort.TryParse(text, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Should_bracket_ipv6_When_formatting()
    {
        Assert.Equal(("[fd00:ec2::254]:80", "169.254.169.254:80"), (HostPort.Format("fd00:ec2::254", 80), HostPort.Format("169.254.169.254", 80)));
    }
}
