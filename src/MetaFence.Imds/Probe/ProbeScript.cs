using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MetaFence.Imds.Probe;

/// <summary>
/// <c>metafence probe --print-script</c>: the same check list as a POSIX <c>sh</c> + <c>curl</c>
/// script, for images without MetaFence. It prints the same JSON lines with the same outcome and
/// detail words (<see cref="Prober"/>), with two differences stated in its header: the TCP connect
/// is made by an HTTP GET of <c>/</c>, and DNS is resolved by curl (which cannot tell an absent
/// name from a silent resolver).
/// </summary>
public static partial class ProbeScript
{
    public static string Render(IReadOnlyList<ProbeCheck> checks, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var text = new StringBuilder(Header)
            .Append(CultureInfo.InvariantCulture, $"T={timeout.TotalSeconds:0.###}\n")
            .Append(Functions)
            .Append("\n# The checks: the same list `metafence probe` runs with the same options.\n");
        foreach (var check in checks)
        {
            text.Append(Call(check)).Append('\n');
        }

        return text.ToString();
    }

    private static string Call(ProbeCheck check)
    {
        var port = check.Port.ToString(CultureInfo.InvariantCulture);
        return check.Kind switch
        {
            CheckKind.Dns => $"dns {Quote(check.Address)}",
            CheckKind.Egress => $"egress {Quote(check.Address)} {port}",
            _ => $"{Function(check.Kind)} {Quote(check.Endpoint)} {Quote(check.Address)} {port}",
        };
    }

    private static string Function(CheckKind kind) => kind switch
    {
        CheckKind.TcpConnect => "tcp_connect",
        CheckKind.Imdsv1Credentials => "imdsv1_credentials",
        CheckKind.Imdsv2Credentials => "imdsv2_credentials",
        CheckKind.ServiceAccountToken => "service_account_token",
        CheckKind.ManagedIdentityToken => "managed_identity_token",
        _ => throw new UnreachableException($"no function for {kind}"),
    };

    /// <summary>Single quotes, with any single quote closed, escaped and reopened.</summary>
    private static string Quote(string value) => $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
