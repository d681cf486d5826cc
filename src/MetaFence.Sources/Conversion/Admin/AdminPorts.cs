using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// v1alpha1 <c>ports</c> (rule 50) and v1alpha2 <c>protocols</c> (rule 52) to <see cref="PortMatch"/>.
/// Absent means every port; present, the list holds 1 to <see cref="AdminFlavor.MaxItems"/> entries
/// (<c>MinItems=1</c>: <c>[]</c> is invalid, not "every port"). A named port matches a container port
/// of that name whatever its protocol, so it becomes one entry per protocol.
/// </summary>
internal static class AdminPorts
{
    public static ImmutableArray<PortMatch> FromPorts(IList<AdminPortSpec?>? ports, string path, AdminFlavor flavor, ObjectProblems problems)
    {
        Sized(ports?.Count, path, "50", flavor, problems);
        var result = ImmutableArray.CreateBuilder<PortMatch>();
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            var at = FieldPath.Index(path, i);
            var port = ports?[i] ?? new AdminPortSpec();
            if (!ExactlyOne(at, "50", "portNumber, portRange or namedPort", problems, port.PortNumber is not null, port.PortRange is not null, port.NamedPort is not null))
            {
                continue;
            }

            if (port.PortNumber is { } number && ProtocolOf(number.Protocol, at + ".portNumber.protocol", problems) is { } protocol
                && Number(number.Port, at + ".portNumber.port", "50", problems) is { } value)
            {
                result.Add(new PortMatch(protocol, value));
            }
            else if (port.PortRange is { } range && ProtocolOf(range.Protocol, at + ".portRange.protocol", problems) is { } rangeProtocol
                && Range(range, at + ".portRange", "50", problems) is var (start, end))
            {
                result.Add(new PortMatch(rangeProtocol, start, end));
            }
            else if (port.NamedPort is { } name)
            {
                result.AddRange(Named(name));
            }
        }

        return result.ToImmutable();
    }

    public static ImmutableArray<PortMatch> FromProtocols(IList<ProtocolSpec?>? protocols, string path, AdminFlavor flavor, ObjectProblems problems)
    {
        Sized(protocols?.Count, path, "52", flavor, problems);
        var result = ImmutableArray.CreateBuilder<PortMatch>();
        for (var i = 0; i < (protocols?.Count ?? 0); i++)
        {
            var at = FieldPath.Index(path, i);
            var entry = protocols?[i] ?? new ProtocolSpec();
            if (!ExactlyOne(at, "52", "tcp, udp, sctp or destinationNamedPort", problems, entry.Tcp is not null, entry.Udp is not null, entry.Sctp is not null, entry.DestinationNamedPort is not null))
            {
                continue;
            }

            var (protocol, field, spec) = entry.Tcp is not null ? (Protocol.TCP, "tcp", entry.Tcp)
                : entry.Udp is not null ? (Protocol.UDP, "udp", entry.Udp)
                : (Protocol.SCTP, "sctp", entry.Sctp);
            if (entry.DestinationNamedPort is { } name)
            {
                result.AddRange(Named(name));
            }
            else if (Destination(protocol, spec?.DestinationPort, $"{at}.{field}.destinationPort", problems) is { } match)
            {
                result.Add(match);
            }
        }

        return result.ToImmutable();
    }

    private static void Sized(int? count, string path, string rule, AdminFlavor flavor, ObjectProblems problems)
    {
        if (count == 0)
        {
            problems.Reject(path, rule, $"the list is empty (MinItems=1); expected at least one entry, or leave out {flavor.PortList} to match every port");
        }
        else if (count > flavor.MaxItems)
        {
            problems.Reject(path, rule, string.Create(CultureInfo.InvariantCulture, $"the list has {count} entries; expected at most {flavor.MaxItems} (MaxItems={flavor.MaxItems})"));
        }
    }

    private static PortMatch? Destination(Protocol protocol, DestinationPortSpec? port, string path, ObjectProblems problems)
    {
        // The CRD requires destinationPort (MinProperties=1): "all ports of TCP" is not expressible.
        if (port is null)
        {
            problems.Reject(path, "52", "the destinationPort is missing; expected a number or a range (leave out protocols to match every port)");
            return null;
        }

        if (!ExactlyOne(path, "52", "number or range", problems, port.Number is not null, port.Range is not null))
        {
            return null;
        }

        return port.Range is { } range
            ? Range(range, path + ".range", "52", problems) is var (start, end) ? new PortMatch(protocol, start, end) : null
            : Number(port.Number, path + ".number", "52", problems) is { } number ? new PortMatch(protocol, number) : null;
    }

    private static IEnumerable<PortMatch> Named(string name) =>
        [new(Protocol.TCP, NamedPort: name), new(Protocol.UDP, NamedPort: name), new(Protocol.SCTP, NamedPort: name)];

    private static Protocol? ProtocolOf(string? text, string path, ObjectProblems problems)
    {
        if (ContainerPorts.TryProtocol(text, out var protocol))
        {
            return protocol;
        }

        problems.Reject(path, "50", $"{ValueText.Quote(text ?? "")} is not a supported protocol; expected TCP, UDP or SCTP");
        return null;
    }

    private static int? Number(int? port, string path, string rule, ObjectProblems problems)
    {
        if (port is { } value and >= 1 and <= 65535)
        {
            return value;
        }

        var shown = port is { } bad ? string.Create(CultureInfo.InvariantCulture, $"{bad} is not a valid port") : "the port is missing";
        problems.Reject(path, rule, $"{shown}; expected a number 1-65535");
        return null;
    }

    /// <summary>Start strictly below end, both 1–65535 (the CRDs' CEL rule).</summary>
    private static (int Start, int End)? Range(PortRangeSpec range, string path, string rule, ObjectProblems problems)
    {
        if (Number(range.Start, path + ".start", rule, problems) is not { } start || Number(range.End, path + ".end", rule, problems) is not { } end)
        {
            return null;
        }

        if (start >= end)
        {
            problems.Reject(path, rule, string.Create(CultureInfo.InvariantCulture, $"start {start} is not below end {end}; expected start < end"));
            return null;
        }

        return (start, end);
    }

    private static bool ExactlyOne(string path, string rule, string fields, ObjectProblems problems, params bool[] set)
    {
        var count = set.Count(s => s);
        if (count != 1)
        {
            problems.Reject(path, rule, $"the entry sets {(count == 0 ? "none" : "more than one")} of {fields}; expected exactly one");
        }

        return count == 1;
    }
}
