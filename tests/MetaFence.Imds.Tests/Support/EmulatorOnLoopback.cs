using System.Net;
using MetaFence.Imds.Emulator;

namespace MetaFence.Imds.Tests.Support;

/// <summary>
/// The emulator in this process on 127.0.0.1 and ::1 at ports the system picks, stopped on
/// dispose. The only server tests outside the lab talk to (DESIGN "Safety while developing").
/// </summary>
internal sealed class EmulatorOnLoopback : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly EmulatorServer _server;
    private readonly Task _running;
    private readonly List<string> _log = [];

    public EmulatorOnLoopback(EmulatorOptions options, TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        _server = EmulatorServer.Bind(
            MetadataServices.Create(options, clock),
            [new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.IPv6Loopback, 0)],
            clock,
            line =>
            {
                lock (_log)
                {
                    _log.Add(line);
                }
            });
        _running = _server.RunAsync(_stop.Token);
    }

    public int Port => _server.Endpoints[0].Port;

    public int Ipv6Port => _server.Endpoints[1].Port;

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _server.Dispose();
        _stop.Dispose();
    }
}
