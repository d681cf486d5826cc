using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>Random destinations, aimed at the addresses and ports the world's rules mention.</summary>
internal sealed partial class RandomWorld
{
    /// <summary>Metadata and known addresses, pod and node IPs (own IP included), addresses in, at the edge of and outside blocks.</summary>
    private Destination Destination(PodInfo subject, IReadOnlyList<PodInfo> pods)
    {
        var kind = Int(0, 99);
        IpAddress address;
        if (kind < 10 && !subject.Ips.IsEmpty)
        {
            address = Pick(subject.Ips);
        }
        else if (kind < 55 || _cidrs.Count == 0)
        {
            address = Pick(_addresses);
        }
        else if (kind < 80)
        {
            address = AddressIn(Pick(_cidrs));
        }
        else if (kind < 90)
        {
            var range = Pick(_cidrs).Range;
            var edge = Chance(50) ? range.Start - 1 : range.End + 1;
            address = new IpAddress(range.Family, range.Family == IpFamily.V4 ? edge & uint.MaxValue : edge);
        }
        else
        {
            address = Chance(60) ? IpAddress.V4(_pcg.Next()) : new IpAddress(IpFamily.V6, _pcg.Next128());
        }

        address = Normalize(address);

        // Aim at what rules test: the destination pod's container ports (rule 34) and the
        // edges of the world's port ranges (rule 33).
        var owner = pods.FirstOrDefault(p => !p.IsTerminated && p.Ips.Contains(address));
        if (owner is not null && !owner.Ports.IsEmpty && Chance(50))
        {
            var containerPort = Pick(owner.Ports);
            return new Destination(address, containerPort.Number, Chance(60) ? containerPort.Protocol : RandomProtocol());
        }

        var port = Int(0, 99) switch
        {
            < 50 => Pick(CommonPorts),
            < 85 when _ports.Count > 0 => Pick(_ports),
            _ => Pick([1, 49, 50, 51, 1000, 1010, 1011, 8000, 9000, 9001, 65000, 65535]),
        };
        return new Destination(address, port, RandomProtocol());
    }

    /// <summary>Remembers a port entry's edges and their neighbours as destination ports.</summary>
    private PortMatch Remember(PortMatch match)
    {
        foreach (var port in new[] { match.Port - 1, match.Port, match.EndPort, match.EndPort + 1 })
        {
            if (port is >= 1 and <= 65535)
            {
                _ports.Add(port.Value);
            }
        }

        return match;
    }

    /// <summary>Random V6 values can be IPv4-mapped; destinations come normalised, as IpAddress.TryParse gives them (rule 25).</summary>
    private static IpAddress Normalize(IpAddress address) =>
        address.Family == IpFamily.V6 && address.Value >> 32 == 0xFFFF ? IpAddress.V4((uint)(address.Value & uint.MaxValue)) : address;
}
