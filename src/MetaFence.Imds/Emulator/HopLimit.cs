using System.Net.Sockets;

namespace MetaFence.Imds.Emulator;

/// <summary>
/// Sets the IP TTL (IPv4 <c>IP_TTL</c>) or hop limit (IPv6 <c>IPV6_UNICAST_HOPS</c>) of one
/// connection's outgoing packets: how AWS enforces <c>HttpPutResponseHopLimit</c>. A router
/// decrements the TTL and drops the packet at zero, so a client more hops away than the limit
/// never receives the token (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html).
/// </summary>
internal static class HopLimit
{
    public static void Apply(Socket socket, int hops)
    {
        if (socket.AddressFamily == AddressFamily.InterNetworkV6)
        {
            socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.IpTimeToLive, hops);
            if (socket.DualMode)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.IpTimeToLive, hops);
            }
        }
        else
        {
            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.IpTimeToLive, hops);
        }
    }
}
