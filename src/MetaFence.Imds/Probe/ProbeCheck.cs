using System.Diagnostics;

namespace MetaFence.Imds.Probe;

/// <summary>
/// One check of the probe: what to try (<see cref="Kind"/>), for which catalog endpoint ids
/// (comma-separated when several listen at the same address and port), against which address
/// (or name, for DNS and egress) and port.
/// </summary>
public sealed record ProbeCheck(CheckKind Kind, string Endpoint, string Address, int Port)
{
    /// <summary>The name in the JSON line and the script.</summary>
    public string Name => Kind switch
    {
        CheckKind.TcpConnect => "tcp-connect",
        CheckKind.Imdsv1Credentials => "imdsv1-credentials",
        CheckKind.Imdsv2Credentials => "imdsv2-credentials",
        CheckKind.ServiceAccountToken => "service-account-token",
        CheckKind.ManagedIdentityToken => "managed-identity-token",
        CheckKind.Dns => "dns",
        CheckKind.Egress => "egress",
        _ => throw new UnreachableException($"check kind {Kind}"),
    };
}
