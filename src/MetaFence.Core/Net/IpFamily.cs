namespace MetaFence.Core.Net;

/// <summary>An address family. Families are disjoint (SEMANTICS rule 22).</summary>
public enum IpFamily
{
    V4,
    V6,
}
