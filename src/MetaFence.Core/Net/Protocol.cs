namespace MetaFence.Core.Net;

/// <summary>The protocols NetworkPolicy knows; all distinct (SEMANTICS rule 35).</summary>
public enum Protocol
{
    TCP,
    UDP,
    SCTP,
}
