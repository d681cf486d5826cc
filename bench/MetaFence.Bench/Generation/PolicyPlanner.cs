using System.Globalization;

namespace MetaFence.Bench.Generation;

/// <summary>
/// Gives each workload namespace a policy profile seen in real clusters (fenced, fence only, deny
/// without DNS, none, ingress only, micro-segmented, a fence too broad), about two policies per
/// namespace, then trims or tops up with selector-peer policies to the exact count asked for.
/// kube-system gets none: fencing it breaks cloud controllers.
/// </summary>
internal static class PolicyPlanner
{
    private static readonly (int Percent, PolicyKind[] Kinds)[] Profiles =
    [
        (30, [PolicyKind.DefaultDenyEgress, PolicyKind.AllowDns, PolicyKind.MetadataFence]),
        (20, [PolicyKind.MetadataFence]),
        (5, [PolicyKind.DefaultDenyEgress]),
        (15, []),
        (10, [PolicyKind.AllowSameNamespace]),
        (15, [PolicyKind.DefaultDenyAll, PolicyKind.AllowDns, PolicyKind.AllowToPeerApp, PolicyKind.AllowFromMonitoring]),
        (5, [PolicyKind.LinkLocalFence, PolicyKind.AllowDns]),
    ];

    public static List<PolicyPlan> Plan(List<NamespacePlan> namespaces, List<WorkloadPlan> workloads, int count, Rng rng)
    {
        var appsByNamespace = workloads.Where(w => w.IsDeployment && !w.IsDns)
            .GroupBy(w => w.Namespace.Index)
            .ToDictionary(g => g.Key, g => g.Select(w => w.Name).ToArray());
        var wanted = new List<(NamespacePlan Namespace, PolicyKind Kind)>();
        foreach (var ns in namespaces.Skip(1))
        {
            wanted.AddRange(Profile(rng).Select(kind => (ns, kind)));
        }

        for (var i = 0; wanted.Count < count; i++)
        {
            wanted.Add((namespaces[1 + (i % (namespaces.Count - 1))], PolicyKind.AllowToPeerApp));
        }

        var policies = new List<PolicyPlan>(count);
        var used = new HashSet<(int, string)>();
        foreach (var (ns, kind) in wanted.Take(count).OrderBy(p => p.Namespace.Index))
        {
            var apps = appsByNamespace.GetValueOrDefault(ns.Index) ?? ["web"];
            var app = rng.Pick(apps);
            var peer = rng.Percent(50) ? rng.Pick(Words.Databases) : rng.Pick(apps);
            var name = Name(kind, app, peer);
            for (var n = 2; !used.Add((ns.Index, name)); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{Name(kind, app, peer)}-{n}");
            }

            policies.Add(new PolicyPlan(policies.Count, ns, kind, name, app, peer));
        }

        return policies;
    }

    private static PolicyKind[] Profile(Rng rng)
    {
        var roll = rng.Next(100);
        foreach (var (percent, kinds) in Profiles)
        {
            if (roll < percent)
            {
                return kinds;
            }

            roll -= percent;
        }

        return [];
    }

    private static string Name(PolicyKind kind, string app, string peer) => kind switch
    {
        PolicyKind.DefaultDenyEgress => "default-deny-egress",
        PolicyKind.DefaultDenyAll => "default-deny-all",
        PolicyKind.AllowDns => "allow-dns",
        PolicyKind.MetadataFence => "block-cloud-metadata",
        PolicyKind.LinkLocalFence => "block-link-local",
        PolicyKind.AllowToPeerApp => $"allow-{app}-to-{peer}",
        PolicyKind.AllowFromMonitoring => "allow-from-monitoring",
        PolicyKind.AllowSameNamespace => "allow-same-namespace",
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
