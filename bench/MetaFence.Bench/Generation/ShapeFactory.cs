namespace MetaFence.Bench.Generation;

/// <summary>Draws a workload's template: an application container, sometimes a sidecar, their env, probes and volumes.</summary>
internal static class ShapeFactory
{
    public static PodShape Create(ClusterPlan plan, WorkloadPlan workload)
    {
        var rng = Rng.For(plan.Seed, ClusterPlan.WorkloadStream, (ulong)workload.Index);
        var hash = rng.Suffix(10);
        var created = rng.Next(0, 200 * 86_400);
        return workload.IsDns ? Dns(workload, hash, created, rng) : Application(workload, hash, created, rng);
    }

    private static PodShape Application(WorkloadPlan workload, string hash, int created, Rng rng)
    {
        var ns = workload.Namespace;
        var version = $"1.{rng.Next(40)}.{rng.Next(10)}";
        var labels = Sorted(
            ("app", workload.Name), ("app.kubernetes.io/name", workload.App), ("app.kubernetes.io/part-of", ns.Team),
            ("app.kubernetes.io/version", version), ("team", ns.Team), ("tier", rng.Percent(40) ? "frontend" : "backend"));
        var annotations = Sorted(("prometheus.io/path", "/metrics"), ("prometheus.io/port", "9090"), ("prometheus.io/scrape", "true"));
        var app = ContainerFactory.Application(workload, version, rng);
        var sidecar = rng.Percent(20) ? ContainerFactory.LogShipper(rng) : null;
        ContainerShape[] containers = sidecar is null ? [app] : [app, sidecar];
        VolumeShape[] volumes = sidecar is null
            ? [new("config", $"{workload.Name}-config"), new("tmp", null)]
            : [new("config", $"{workload.Name}-config"), new("log-shipper-config", "fluent-bit"), new("tmp", null)];
        var podLabels = workload.IsDeployment ? Sorted([.. labels.Select(l => (l.Key, l.Value)), ("pod-template-hash", hash)]) : labels;
        return new PodShape(workload, labels, podLabels, annotations, containers, volumes,
            rng.Percent(60) ? workload.Name : "default", hash, created, rng.Uid(), rng.Uid());
    }

    private static PodShape Dns(WorkloadPlan workload, string hash, int created, Rng rng)
    {
        var labels = Sorted(("k8s-app", "kube-dns"));
        var container = new ContainerShape(
            "coredns", "registry.k8s.io/coredns/coredns:v1.11.3", ["-conf", "/etc/coredns/Corefile"], [],
            [new("dns", 53, "UDP"), new("dns-tcp", 53, "TCP"), new("metrics", 9153, "TCP")],
            [new("config-volume", "/etc/coredns", true)], 8080, Hardened: true, ("100m", "70Mi"), ("", "170Mi"));
        return new PodShape(workload, labels, Sorted(("k8s-app", "kube-dns"), ("pod-template-hash", hash)), [],
            [container], [new("config-volume", "coredns")], "coredns", hash, created, rng.Uid(), rng.Uid());
    }

    private static KeyValuePair<string, string>[] Sorted(params (string Key, string Value)[] pairs) =>
        [.. pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value))];
}
