namespace MetaFence.Core.Trace;

/// <summary>How the subject × node-endpoint questions came out, for the summary line.</summary>
public sealed record TraceCounts
{
    public int Exposed { get; init; }

    public int BlockedByNetwork { get; init; }

    public int BlockedByNode { get; init; }

    public int HiddenByMetadataServer { get; init; }

    public int Unknown { get; init; }

    /// <summary>Exposed, but the node has no identity (no instance profile): nothing to steal.</summary>
    public int NoIdentity { get; init; }
}
