using System.Globalization;
using System.Net.Sockets;

namespace MetaFence.Imds.Probe;

/// <summary>
/// Socket errors as probe outcomes, in one place so the prober and the script agree: a refused
/// connection is <c>refused</c>; no route, unreachable, prohibited or not permitted (a local
/// firewall's EPERM) is <c>blocked</c>; anything else is <c>error</c>.
/// </summary>
internal static class SocketFailures
{
    public static ProbeFailure From(SocketException e) => e.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => new(ProbeOutcome.Refused, "connection refused"),
        SocketError.NetworkUnreachable or SocketError.NetworkDown => new(ProbeOutcome.Blocked, "network unreachable"),
        SocketError.HostUnreachable or SocketError.HostDown => new(ProbeOutcome.Blocked, "host unreachable"),
        SocketError.AccessDenied => new(ProbeOutcome.Blocked, "not permitted"),
        SocketError.TimedOut => new(ProbeOutcome.Timeout, "timed out"),
        SocketError.ConnectionReset => new(ProbeOutcome.Error, "connection reset"),
        _ => new(ProbeOutcome.Error, string.Create(CultureInfo.InvariantCulture, $"{e.SocketErrorCode}: {e.Message}")),
    };

    public static ProbeFailure Timeout(TimeSpan limit, bool connected) => new(
        ProbeOutcome.Timeout,
        connected ? $"connected, no answer within {Seconds(limit)}" : $"no answer to the TCP connect within {Seconds(limit)}");

    public static string Seconds(TimeSpan limit) => string.Create(CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.###}s");
}
