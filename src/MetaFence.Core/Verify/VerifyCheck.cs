namespace MetaFence.Core.Verify;

/// <summary>
/// One check the probe pod makes, as its JSON line names it: <see cref="Name"/> (<c>imdsv2-credentials</c>),
/// the catalog <see cref="Endpoint"/> ids (comma-separated), the <see cref="Address"/> (an IP, or a name for DNS
/// and egress) and <see cref="Port"/>.
/// </summary>
public sealed record VerifyCheck(string Name, string Endpoint, string Address, int Port, CheckPurpose Purpose)
{
    /// <summary>The key a probe's JSON line is matched by: check name, address and port.</summary>
    public string Key => $"{Name} {Address} {Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
