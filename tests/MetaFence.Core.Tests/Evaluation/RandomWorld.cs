using System.Collections.Immutable;
using CsCheck;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>
/// Generates small random clusters and questions about them from one CsCheck <see cref="PCG"/>,
/// so a world is reproduced exactly from its seed. Every object is valid, as the loader would
/// deliver it (excepts strictly inside their cidr, no named port with networks/nodes peers, one
/// BANP, unique IPs among live pods); terminated pods may reuse a live pod's IP (rule 37).
/// </summary>
internal sealed partial class RandomWorld
{
    private static readonly string[] NamespaceNames = ["x", "y", "z", "w"];
    private static readonly string[] PodKeys = ["app", "role", "tier"];
    private static readonly string[] NamespaceKeys = ["team", "env"];
    private static readonly string[] Values = ["a", "b", "c"];
    private static readonly string[] PortNames = ["http", "dns", "metrics"];
    private static readonly int[] CommonPorts = [22, 53, 80, 443, 7777, 8080, 9090];

    /// <summary>Metadata and other well-known addresses (DESIGN endpoint catalog) plus a few ordinary ones.</summary>
    private static readonly string[] WellKnown =
    [
        "169.254.169.254", "169.254.170.2", "169.254.170.23", "169.254.20.10", "169.254.169.253", "168.63.129.16",
        "100.100.100.200", "169.254.42.42", "8.8.8.8", "fd00:ec2::254", "fd00:ec2::23", "fd20:ce::254",
        "fe80::a9fe:a9fe", "2001:db8::1",
    ];

    private readonly PCG _pcg;
    private readonly List<string> _namespaces = [];
    private readonly List<IpAddress> _addresses = [];
    private readonly List<Cidr> _cidrs = [];
    private readonly HashSet<IpAddress> _liveIps = [];
    private readonly List<int> _ports = [];

    public RandomWorld(PCG pcg)
    {
        _pcg = pcg;
        foreach (var text in WellKnown)
        {
            _addresses.Add(Parse(text));
        }
    }

    /// <summary>A world and <paramref name="questions"/> questions asked from its live pods.</summary>
    public (ClusterSnapshot Snapshot, List<(PodInfo Subject, Destination Destination)> Questions) Next(int questions)
    {
        var namespaces = Namespaces();
        var nodes = Nodes();
        var pods = Pods(nodes);
        var snapshot = new ClusterSnapshot
        {
            Namespaces = namespaces,
            Nodes = nodes,
            Pods = pods,
            NetworkPolicies = NetworkPolicies(),
            AdminPolicies = AdminPolicies(),
        };
        var subjects = pods.Where(p => !p.IsTerminated).ToList();
        var protectable = subjects.Where(p => !p.HostNetwork).ToList();
        var asked = new List<(PodInfo, Destination)>();
        for (var i = 0; i < questions && subjects.Count > 0; i++)
        {
            // Host-network subjects have one answer (rule 36): ask them now and then only.
            var subject = protectable.Count > 0 && Chance(90) ? Pick(protectable) : Pick(subjects);
            asked.Add((subject, Destination(subject, pods)));
        }

        return (snapshot, asked);
    }

    private ImmutableArray<NamespaceInfo> Namespaces()
    {
        var result = ImmutableArray.CreateBuilder<NamespaceInfo>();
        foreach (var name in NamespaceNames.Take(Int(2, 4)))
        {
            _namespaces.Add(name);
            var kind = Int(0, 9);
            if (kind < 7)
            {
                result.Add(NamespaceInfo.Create(name, RandomLabels(NamespaceKeys, 2)));
            }
            else if (kind < 9)
            {
                // Rule 16: named by a pod or policy only; the loader adds it with the name label.
                result.Add(NamespaceInfo.Create(name, implied: true));
            }

            // Otherwise absent altogether: the engine must imply it (the brief's fallback).
        }

        return result.ToImmutable();
    }

    private ImmutableArray<NodeInfo> Nodes()
    {
        var result = ImmutableArray.CreateBuilder<NodeInfo>();
        for (var i = 1; i <= Int(0, 2); i++)
        {
            var addresses = ImmutableArray.CreateBuilder<IpAddress>();
            addresses.Add(Parse($"10.128.0.{i}"));
            if (Chance(30))
            {
                addresses.Add(Parse($"fd00:128::{i}"));
            }

            _addresses.AddRange(addresses);
            var labels = LabelSet.Of(("role", i == 1 ? "worker" : Pick(["worker", "infra"])));
            result.Add(new NodeInfo($"node-{i}", labels, addresses.ToImmutable(), null));
        }

        return result.ToImmutable();
    }

    private LabelSet RandomLabels(string[] keys, int max)
    {
        var labels = new List<(string, string)>();
        foreach (var key in keys.Take(max))
        {
            if (Chance(55))
            {
                labels.Add((key, Pick(Values)));
            }
        }

        return LabelSet.Of([.. labels]);
    }
}
