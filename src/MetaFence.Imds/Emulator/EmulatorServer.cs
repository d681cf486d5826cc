using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MetaFence.Imds.Http;

namespace MetaFence.Imds.Emulator;

/// <summary>
/// A small HTTP/1.1 server on raw sockets, so each connection's IP TTL can be set before the
/// IMDSv2 token reply. <see cref="Bind"/> opens every listener (errors surface before serving);
/// <see cref="RunAsync"/> serves until cancelled. Every request is logged through the log action.
/// A reply with a hop limit ends its connection: restoring the TTL on a live connection would let
/// TCP retransmit the dropped token with the normal TTL, so other connections keep the default.
/// </summary>
public sealed class EmulatorServer : IDisposable
{
    public const int MaxConnections = 64;

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    private readonly IMetadataService _service;
    private readonly TimeProvider _time;
    private readonly Action<string> _log;
    private readonly List<Socket> _listeners;
    private readonly SemaphoreSlim _slots = new(MaxConnections);

    private EmulatorServer(IMetadataService service, TimeProvider time, Action<string> log, List<Socket> listeners)
    {
        _service = service;
        _time = time;
        _log = log;
        _listeners = listeners;
    }

    /// <summary>Where it listens, with the ports the system chose for port 0.</summary>
    public IReadOnlyList<IPEndPoint> Endpoints => [.. _listeners.Select(l => (IPEndPoint)l.LocalEndPoint!)]; // bound sockets always have one

    /// <summary>Opens a listener on each endpoint; throws <see cref="SocketException"/> when one cannot be bound.</summary>
    public static EmulatorServer Bind(IMetadataService service, IReadOnlyList<IPEndPoint> endpoints, TimeProvider time, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var listeners = new List<Socket>();
        try
        {
            foreach (var endpoint in endpoints)
            {
                var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                listeners.Add(socket);
                if (endpoint.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    socket.DualMode = false;
                }

                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                socket.Bind(endpoint);
                socket.Listen(128);
            }
        }
        catch
        {
            listeners.ForEach(l => l.Dispose());
            throw;
        }

        return new EmulatorServer(service, time, log, listeners);
    }

    /// <summary>Accepts and serves connections until <paramref name="cancellationToken"/> fires, then closes the listeners.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var connections = new List<Task>();
        var accepting = _listeners.Select(l => AcceptLoopAsync(l, connections, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(accepting).ConfigureAwait(false);
        }
        finally
        {
            Dispose();
            Task[] open;
            lock (connections)
            {
                open = [.. connections];
            }

            await Task.WhenAll(open).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _listeners.ForEach(l => l.Dispose());
    }

    private async Task AcceptLoopAsync(Socket listener, List<Task> connections, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                client = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var connection = Task.Run(() => ServeAsync(client, cancellationToken), CancellationToken.None);
            lock (connections)
            {
                connections.RemoveAll(c => c.IsCompleted);
                connections.Add(connection);
            }
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken cancellationToken)
    {
        try
        {
            using (client)
            using (var stream = new NetworkStream(client, ownsSocket: false))
            {
                var reader = new RequestReader(stream);
                while (await ServeOneAsync(client, stream, reader, cancellationToken).ConfigureAwait(false))
                {
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping: nothing to answer.
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Reads one request and answers it; false when the connection should close.</summary>
    private async Task<bool> ServeOneAsync(Socket client, NetworkStream stream, RequestReader reader, CancellationToken cancellationToken)
    {
        using var idle = new CancellationTokenSource(IdleTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        MetadataRequest? request;
        MetadataResponse response;
        try
        {
            request = await reader.ReadAsync(linked.Token).ConfigureAwait(false);
            if (request is null)
            {
                return false;
            }

            response = _service.Handle(request);
        }
        catch (MalformedRequestException e)
        {
            request = null;
            response = MetadataResponse.Text(e.Status, e.Message + "\n");
        }

        var close = request is null || request.WantsClose || response.HopLimit is not null;
        if (response.HopLimit is { } hops)
        {
            HopLimit.Apply(client, hops);
        }

        var bytes = ResponseWriter.Format(response, _service.ServerName, _time.GetUtcNow(), close);
        await stream.WriteAsync(bytes, linked.Token).ConfigureAwait(false);
        _log(LogLine(client.RemoteEndPoint, request, response));
        return !close;
    }

    private string LogLine(EndPoint? remote, MetadataRequest? request, MetadataResponse response)
    {
        var time = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        // The target is the client's text: control characters must not reach the terminal.
        var what = request is null ? "(unreadable request)" : new string([.. $"{request.Method} {request.Target}".Select(c => char.IsControl(c) ? '?' : c)]);
        var hops = response.HopLimit is { } h ? string.Create(CultureInfo.InvariantCulture, $", IP TTL {h}") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{time} {remote} {what} -> {response.Status} ({response.Body.Length} bytes{hops})");
    }
}
