namespace MetaFence.Core.Verify;

/// <summary>What a live probe saw for one check, reduced to the three answers <c>verify</c> compares.</summary>
public enum Observation
{
    /// <summary>No answer: blocked, refused, or timed out (dropped packets, an IMDSv2 hop limit).</summary>
    Blocked,

    /// <summary>The service, resolver or egress target answered.</summary>
    Reachable,

    /// <summary>No usable answer from the probe itself: the pod failed, was never scheduled, hung, or printed no line for this check.</summary>
    ProbeFailed,
}
