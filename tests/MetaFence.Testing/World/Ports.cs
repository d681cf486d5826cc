using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>
/// Port entries as text, protocol defaulting to TCP as the API server does (rule 31):
/// <c>53</c> (TCP/53), <c>53/UDP</c>, <c>*/UDP</c> (every UDP port), <c>8000-9000/TCP</c>,
/// <c>http</c> or <c>dns/UDP</c> (named ports of the destination pod).
/// </summary>
public static class Ports
{
    public static ImmutableArray<PortMatch> Parse(params string[] entries) => [.. entries.Select(ParseOne)];

    public static PortMatch ParseOne(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var portText = slash < 0 ? text.Trim() : text[..slash].Trim();
        var protocol = slash < 0 ? Protocol.TCP : Enum.Parse<Protocol>(text[(slash + 1)..].Trim(), ignoreCase: true);
        if (portText == "*")
        {
            return new PortMatch(protocol);
        }

        var dash = portText.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && int.TryParse(portText[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return new PortMatch(protocol, start, int.Parse(portText[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? new PortMatch(protocol, port)
            : new PortMatch(protocol, NamedPort: portText);
    }

    /// <summary>Container ports as <c>http=80/TCP,dns=53/UDP</c> (protocol defaults to TCP; a bare number is unnamed).</summary>
    public static ImmutableArray<ContainerPort> ParseContainerPorts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<ContainerPort>();
        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? null : entry[..eq];
            var rest = eq < 0 ? entry : entry[(eq + 1)..];
            var match = ParseOne(rest);
            result.Add(new ContainerPort(name, match.Port ?? throw new FormatException($"container port '{entry}' needs a number"), match.Protocol));
        }

        return result.ToImmutable();
    }
}
