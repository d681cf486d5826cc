using System.Diagnostics.CodeAnalysis;
using System.Net;
using MetaFence.Imds.Net;

namespace MetaFence.Imds.Probe;

/// <summary>
/// <c>ID=ADDRESS:PORT</c>: probe the catalog endpoint <see cref="EndpointId"/> at this address
/// instead of its real ones, e.g. the emulator on loopback (<c>aws-imds=127.0.0.1:18080</c>).
/// </summary>
public sealed record EndpointOverride(string EndpointId, IPAddress Address, int Port)
{
    public const string Grammar = "ID=ADDRESS:PORT, e.g. aws-imds=127.0.0.1:18080 or aws-imds=[::1]:18080";

    public static bool TryParse(string text, [NotNullWhen(true)] out EndpointOverride? value, out string problem)
    {
        value = null;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            problem = "no endpoint id before =";
            return false;
        }

        if (!HostPort.TryParse(text[(equals + 1)..], out var destination, out problem))
        {
            return false;
        }

        if (destination.Value.Address is not { } address || destination.Value.Port is not { } port)
        {
            problem = $"\"{destination}\" is not an IP address with a port";
            return false;
        }

        value = new EndpointOverride(text[..equals].Trim(), address, port);
        return true;
    }
}
