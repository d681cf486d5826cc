using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MetaFence.Imds.Probe;

/// <summary>
/// The probe's HTTP/1.1 client on a bare socket: no proxy settings, no redirects, no retries, one
/// request per connection (<c>Connection: close</c>), every step bounded by the timeout. Failures
/// come back as <see cref="ProbeFailure"/> with the probe's outcome words.
/// </summary>
internal sealed class RawHttp(TimeSpan timeout, TimeProvider time)
{
    public const int MaxReplyBytes = 64 * 1024;

    /// <summary>Connects to <paramref name="host"/> (an address, or a name resolved first).</summary>
    public async Task<Socket> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var socket = new Socket(addresses[0].AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var limit = Limit(cancellationToken);
        try
        {
            await socket.ConnectAsync(addresses[0], port, limit.Token).ConfigureAwait(false);
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw SocketFailures.Timeout(timeout, connected: false);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw SocketFailures.From(e);
        }
    }

    public async Task<IPAddress[]> ResolveAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(name, cancellationToken).WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0 ? addresses : throw new ProbeFailure(ProbeOutcome.Error, $"{name} has no addresses");
        }
        catch (TimeoutException)
        {
            throw new ProbeFailure(ProbeOutcome.Timeout, $"no answer from the resolver within {SocketFailures.Seconds(timeout)}");
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData)
        {
            throw new ProbeFailure(ProbeOutcome.Error, $"{name} not found");
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.TryAgain)
        {
            throw new ProbeFailure(ProbeOutcome.Timeout, "no answer from the resolver");
        }
    }

    public async Task<HttpReply> SendAsync(
        string host, int port, string method, string path, IEnumerable<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        using var socket = await ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
        var request = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{method} {path} HTTP/1.1\r\nHost: {Net.HostPort.Format(host, port)}\r\n")
            .Append("User-Agent: metafence-probe\r\nAccept: */*\r\nConnection: close\r\n");
        if (method == "PUT")
        {
            request.Append("Content-Length: 0\r\n");
        }

        foreach (var (name, value) in headers)
        {
            request.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        using var limit = Limit(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()), SocketFlags.None, limit.Token).ConfigureAwait(false);
            return Parse(await ReadToEndAsync(socket, limit.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw SocketFailures.Timeout(timeout, connected: true);
        }
        catch (SocketException e)
        {
            throw SocketFailures.From(e);
        }
    }

    private static async Task<byte[]> ReadToEndAsync(Socket socket, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false)) > 0)
        {
            received.Write(buffer, 0, read);
            if (received.Length > MaxReplyBytes)
            {
                throw new ProbeFailure(ProbeOutcome.Error, $"reply over {MaxReplyBytes} bytes");
            }
        }

        return received.ToArray();
    }

    private static HttpReply Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var statusLine = text.Split("\r\n", 2)[0].Split(' ');
        if (headEnd < 0 || statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new ProbeFailure(ProbeOutcome.Error, bytes.Length == 0 ? "connected, then closed without an answer" : "the answer is not HTTP");
        }

        return new HttpReply(status, text[(headEnd + 4)..]);
    }

    private Deadline Limit(CancellationToken cancellationToken) => new(timeout, time, cancellationToken);

    /// <summary>The caller's token, cancelled also when the timeout passes on the given clock.</summary>
    private sealed class Deadline(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) : IDisposable
    {
        private readonly CancellationTokenSource _timer = new(timeout, time);
        private CancellationTokenSource? _linked;

        public CancellationToken Token => (_linked ??= CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token)).Token;

        public void Dispose()
        {
            _linked?.Dispose();
            _timer.Dispose();
        }
    }
}
