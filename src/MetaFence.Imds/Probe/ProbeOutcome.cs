namespace MetaFence.Imds.Probe;

/// <summary>
/// How a check ended, seen from the network: <see cref="Reachable"/> means the service (or
/// resolver, or egress target) answered, whatever it answered; the detail says what.
/// </summary>
public enum ProbeOutcome
{
    Reachable,

    /// <summary>No route, or the local stack refused to send (unreachable, prohibited, not permitted).</summary>
    Blocked,

    /// <summary>No answer in time: dropped packets, or a reply that never arrived (an IMDSv2 hop limit).</summary>
    Timeout,

    /// <summary>The connection was refused (a TCP reset or ICMP port unreachable).</summary>
    Refused,

    Error,
}
