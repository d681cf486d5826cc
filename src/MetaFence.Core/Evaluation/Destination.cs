using System.Globalization;
using MetaFence.Core.Net;

namespace MetaFence.Core.Evaluation;

/// <summary>Where a packet goes: address, port and protocol.</summary>
public readonly record struct Destination(IpAddress Address, int Port, Protocol Protocol)
{
    /// <summary><c>169.254.169.254:80/TCP</c>, IPv6 in brackets.</summary>
    public override string ToString() =>
        Address.Family == IpFamily.V6
            ? string.Create(CultureInfo.InvariantCulture, $"[{Address}]:{Port}/{Protocol}")
            : string.Create(CultureInfo.InvariantCulture, $"{Address}:{Port}/{Protocol}");
}
