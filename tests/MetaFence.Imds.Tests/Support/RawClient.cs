using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MetaFence.Imds.Tests.Support;

/// <summary>Sends raw bytes to the loopback emulator and reads until it closes, within a bounded wait.</summary>
internal static class RawClient
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task<string> ExchangeAsync(IPAddress address, int port, string request)
    {
        using var limit = new CancellationTokenSource(Limit);
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(address, port, limit.Token);
        await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, limit.Token);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, limit.Token)) > 0)
        {
            received.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(received.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
