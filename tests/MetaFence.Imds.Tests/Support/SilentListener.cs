using System.Net;
using System.Net.Sockets;

namespace MetaFence.Imds.Tests.Support;

/// <summary>
/// A loopback port that completes TCP handshakes (the kernel's backlog) but never answers: what a
/// client sees when the reply is dropped on the way, as with an IMDSv2 hop limit.
/// </summary>
internal sealed class SilentListener : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public SilentListener()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _socket.Listen(64);
    }

    public int Port => ((IPEndPoint)_socket.LocalEndPoint!).Port; // bound in the constructor

    /// <summary>A loopback port nothing listens on (bound, then released): connecting is refused.</summary>
    public static int ClosedPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public void Dispose() => _socket.Dispose();
}
