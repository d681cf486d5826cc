using System.Collections.Immutable;
using CsCheck;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>Random pods: phases, host network, IPs (unique among live pods, reused by terminated ones) and container ports.</summary>
internal sealed partial class RandomWorld
{
    private ImmutableArray<PodInfo> Pods(ImmutableArray<NodeInfo> nodes)
    {
        var result = ImmutableArray.CreateBuilder<PodInfo>();
        var count = Int(3, 7);
        for (var i = 0; i < count; i++)
        {
            var phase = Draw(Gen.Frequency(
                (70, Gen.Const(PodPhase.Running)), (8, Gen.Const(PodPhase.Pending)), (7, Gen.Const(PodPhase.Template)),
                (8, Gen.Const(PodPhase.Succeeded)), (7, Gen.Const(PodPhase.Failed))));
            var hostNetwork = phase != PodPhase.Template && Chance(15);
            var ips = phase == PodPhase.Template ? ImmutableArray<IpAddress>.Empty : PodIps(phase, hostNetwork, nodes, result);
            _addresses.AddRange(ips);
            result.Add(new PodInfo
            {
                Namespace = Pick(_namespaces),
                Name = $"p{i}",
                Labels = RandomLabels(PodKeys, 3),
                HostNetwork = hostNetwork,
                Phase = phase,
                Ips = ips,
                Ports = ContainerPorts(),
            });
        }

        return result.ToImmutable();
    }

    private ImmutableArray<IpAddress> PodIps(PodPhase phase, bool hostNetwork, ImmutableArray<NodeInfo> nodes, IList<PodInfo> earlier)
    {
        var terminated = phase is PodPhase.Succeeded or PodPhase.Failed;
        if (terminated && earlier.Any(p => !p.Ips.IsEmpty) && Chance(50))
        {
            // Rule 37: a terminated pod whose IP a live pod reuses.
            return [Pick(earlier.Where(p => !p.Ips.IsEmpty).ToList()).Ips[0]];
        }

        if (hostNetwork && !terminated)
        {
            var free = nodes.SelectMany(n => n.Addresses).Where(a => !_liveIps.Contains(a)).ToList();
            if (free.Count > 0)
            {
                var address = Pick(free);
                _liveIps.Add(address);
                return [address];
            }
        }

        var ips = ImmutableArray.CreateBuilder<IpAddress>();
        ips.Add(FreshIp(v6: false, terminated));
        if (Chance(25))
        {
            ips.Add(FreshIp(v6: true, terminated));
        }

        return ips.ToImmutable();
    }

    private IpAddress FreshIp(bool v6, bool terminated)
    {
        while (true)
        {
            var address = v6 ? Parse($"fd00:10::{Int(1, 40):x}") : Parse($"10.1.{Int(0, 3)}.{Int(1, 40)}");
            if (_liveIps.Contains(address))
            {
                continue;
            }

            if (!terminated)
            {
                _liveIps.Add(address);
            }

            return address;
        }
    }

    private ImmutableArray<ContainerPort> ContainerPorts()
    {
        var result = ImmutableArray.CreateBuilder<ContainerPort>();
        foreach (var name in PortNames.Where(_ => Chance(35)))
        {
            result.Add(new ContainerPort(name, Pick(CommonPorts), RandomProtocol()));
        }

        if (Chance(20))
        {
            result.Add(new ContainerPort(null, Pick(CommonPorts), RandomProtocol()));
        }

        return result.ToImmutable();
    }
}
