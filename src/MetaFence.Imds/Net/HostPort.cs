using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace MetaFence.Imds.Net;

/// <summary>
/// <c>HOST[:PORT]</c> as typed on the command line: an IPv4 address or name with an optional
/// port, or an IPv6 address in brackets when a port follows (<c>[fd00:ec2::254]:80</c>; a bare
/// IPv6 address has no port). <see cref="Port"/> is null when none was given.
/// </summary>
public readonly record struct HostPort(string Host, int? Port)
{
    public const string Grammar = "ADDRESS[:PORT], IPv6 in brackets when a port follows, e.g. 127.0.0.1:8080 or [fd00:ec2::254]:80";

    /// <summary>The host as an IP address, or null when it is a name.</summary>
    public IPAddress? Address => IPAddress.TryParse(Host, out var address) ? address : null;

    /// <summary>Reads <paramref name="text"/>; port 0 ("any free port") only when <paramref name="anyPort"/> allows it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out HostPort? value, out string problem, bool anyPort = false)
    {
        value = null;
        problem = string.Empty;
        var host = text.Trim();
        string? portText = null;
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || (close < host.Length - 1 && host[close + 1] != ':'))
            {
                problem = "a bracketed IPv6 address must end with ] or ]:PORT";
                return false;
            }

            portText = close < host.Length - 1 ? host[(close + 2)..] : null;
            host = host[1..close];
            if (!IPAddress.TryParse(host, out var inBrackets) || inBrackets.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                problem = $"\"{host}\" is not an IPv6 address";
                return false;
            }
        }
        else if (host.Count(c => c == ':') == 1)
        {
            portText = host[(host.IndexOf(':', StringComparison.Ordinal) + 1)..];
            host = host[..host.IndexOf(':', StringComparison.Ordinal)];
        }

        if (host.Length == 0)
        {
            problem = "no address";
            return false;
        }

        int? port = null;
        if (portText is not null)
        {
            var least = anyPort ? 0 : 1;
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < least || number > 65535)
            {
                problem = $"port \"{portText}\" is not a number from {least} to 65535";
                return false;
            }

            port = number;
        }

        value = new HostPort(host, port);
        return true;
    }

    /// <summary><c>host:port</c>, IPv6 in brackets.</summary>
    public static string Format(string host, int port) =>
        string.Create(CultureInfo.InvariantCulture, $"{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}");

    public override string ToString() => Port is { } port ? Format(Host, port) : Host;
}
