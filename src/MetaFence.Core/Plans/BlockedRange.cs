using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>One network the fence blocks, and why (the credential endpoints there), for the comment beside it.</summary>
public sealed record BlockedRange(Cidr Cidr, string Why)
{
    public IpFamily Family => Cidr.Family;
}
