using System.Globalization;

namespace MetaFence.Bench.Generation;

/// <summary>
/// The whole cluster as a few small records (names, counts, policy kinds), decided up front so the
/// dump can be streamed object by object. Exactly the requested numbers of pods, namespaces and policies.
/// </summary>
internal sealed record ClusterPlan(
    ulong Seed,
    IReadOnlyList<NamespacePlan> Namespaces,
    IReadOnlyList<WorkloadPlan> Workloads,
    IReadOnlyList<PolicyPlan> Policies,
    int Pods,
    int Nodes)
{
    /// <summary>Random streams, so each kind of object draws from its own sequence.</summary>
    public const ulong NamespaceStream = 1, WorkloadStream = 2, PodStream = 3, PolicyStream = 4, PlanStream = 5;

    public int Deployments => Workloads.Count(w => w.IsDeployment);

    public static ClusterPlan Create(BenchOptions options)
    {
        var rng = Rng.For(options.Seed, PlanStream, 0);
        var namespaces = Enumerable.Range(0, options.Namespaces).Select(i => i == 0
                ? new NamespacePlan(0, "kube-system", "platform", "prod")
                : NewNamespace(i, rng))
            .ToList();
        var workloads = PlanWorkloads(namespaces, options.Pods, rng);
        var policies = PolicyPlanner.Plan(namespaces, workloads, options.Policies, rng);
        return new ClusterPlan(options.Seed, namespaces, workloads, policies, options.Pods, Math.Max(1, options.Pods / 50));
    }

    private static NamespacePlan NewNamespace(int index, Rng rng)
    {
        var team = rng.Pick(Words.Teams);
        var stage = rng.Pick(Words.Stages);
        return new NamespacePlan(index, string.Create(CultureInfo.InvariantCulture, $"{team}-{stage}-{index:D5}"), team, stage);
    }

    /// <summary>Two CoreDNS pods in kube-system; the rest spread unevenly over the other namespaces.</summary>
    private static List<WorkloadPlan> PlanWorkloads(List<NamespacePlan> namespaces, int pods, Rng rng)
    {
        var workloads = new List<WorkloadPlan> { new(0, namespaces[0], "coredns", "coredns", true, 2, 0) };
        var weights = namespaces.Skip(1).Select(_ => (long)rng.Next(3, 18)).ToList();
        var total = weights.Sum();
        var rest = pods - 2;
        long cumulative = 0;
        var next = 2;
        for (var i = 1; i < namespaces.Count; i++)
        {
            cumulative += weights[i - 1];
            var end = 2 + (int)(rest * cumulative / total);
            var start = rng.Next(Words.Apps.Length);
            for (var k = 0; next < end; k++)
            {
                var bare = rng.Percent(4);
                var app = bare ? rng.Pick(Words.BarePods) : Words.Apps[(start + k) % Words.Apps.Length];
                var name = bare || k < Words.Apps.Length ? app : string.Create(CultureInfo.InvariantCulture, $"{app}-{(k / Words.Apps.Length) + 1}");
                var replicas = bare ? 1 : Math.Min(end - next, rng.Next(1, 11));
                workloads.Add(new WorkloadPlan(workloads.Count, namespaces[i], name, app, !bare, replicas, next));
                next += replicas;
            }
        }

        return workloads;
    }
}
