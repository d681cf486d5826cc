namespace MetaFence.Core.Audit;

/// <summary>Whether a subject reaches an endpoint, with "unknown" for verdicts that depend on unreadable resources (decision 0004).</summary>
public enum EndpointStatus
{
    /// <summary>Some destination is allowed, and that verdict is certain.</summary>
    Reachable,

    /// <summary>Every destination is blocked, and every verdict is certain.</summary>
    Blocked,

    /// <summary>No certain allow, and some verdict depends on a resource that could not be read.</summary>
    Unknown,
}
