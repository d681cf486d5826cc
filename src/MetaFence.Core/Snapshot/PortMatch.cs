using System.Globalization;
using MetaFence.Core.Net;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// One port entry of a rule: a protocol with all ports (<see cref="Port"/> null, rule 32), one
/// port, an inclusive range up to <see cref="EndPort"/> (rule 33), or a named port of the
/// destination pod (rule 34).
/// </summary>
public sealed record PortMatch(Protocol Protocol, int? Port = null, int? EndPort = null, string? NamedPort = null)
{
    public override string ToString() =>
        NamedPort is not null ? $"{NamedPort}/{Protocol}"
        : Port is null ? $"*/{Protocol}"
        : EndPort is null ? string.Create(CultureInfo.InvariantCulture, $"{Port}/{Protocol}")
        : string.Create(CultureInfo.InvariantCulture, $"{Port}-{EndPort}/{Protocol}");
}
