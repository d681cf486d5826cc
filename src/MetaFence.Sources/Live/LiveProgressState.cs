namespace MetaFence.Sources.Live;

/// <summary>The state of one resource's listing.</summary>
public enum LiveProgressState
{
    /// <summary>Pages are being read.</summary>
    Listing,

    /// <summary>Every page was read.</summary>
    Done,

    /// <summary>RBAC refused the list (403).</summary>
    Refused,

    /// <summary>The server stopped serving the resource after discovery (404).</summary>
    Vanished,
}
