namespace MetaFence.Bench.Generation;

/// <summary>The containers of application pods: the service itself and, in some, a log-shipping sidecar.</summary>
internal static class ContainerFactory
{
    public static ContainerShape Application(WorkloadPlan workload, string version, Rng rng)
    {
        var ns = workload.Namespace;
        var app = workload.App;
        EnvShape[] pool =
        [
            new("LOG_LEVEL", EnvSource.Value, rng.Pick(Words.LogLevels)),
            new("OTEL_EXPORTER_OTLP_ENDPOINT", EnvSource.Value, "http://otel-collector.observability.svc.cluster.local:4317"),
            new("OTEL_RESOURCE_ATTRIBUTES", EnvSource.Value, $"service.namespace={ns.Name},deployment.environment={ns.Stage}"),
            new("REDIS_ADDR", EnvSource.Value, $"redis-master.{ns.Name}.svc.cluster.local:6379"),
            new("UPSTREAM_URL", EnvSource.Value, $"http://{rng.Pick(Words.Apps)}.{ns.Name}.svc.cluster.local:8080/v1"),
            new("JAVA_TOOL_OPTIONS", EnvSource.Value, "-XX:MaxRAMPercentage=75.0 -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"),
            new("FEATURE_FLAGS", EnvSource.ConfigMap, $"{workload.Name}-config", "feature-flags"),
            new("DATABASE_URL", EnvSource.Secret, $"{workload.Name}-db", "url"),
            new("DATABASE_PASSWORD", EnvSource.Secret, $"{workload.Name}-db", "password"),
            new("POD_IP", EnvSource.Field, "status.podIP"),
        ];
        EnvShape[] downward = [new("POD_NAME", EnvSource.Field, "metadata.name"), new("POD_NAMESPACE", EnvSource.Field, "metadata.namespace")];
        var env = rng.Percent(40) ? [] : downward.Concat(pool.Where(_ => rng.Percent(15))).ToArray();
        var cpu = rng.Pick(["100m", "250m", "500m", "1"]);
        var memory = rng.Pick(["128Mi", "256Mi", "512Mi", "1Gi"]);
        return new ContainerShape(
            app,
            $"registry.example.com/{ns.Team}/{app}:{version}",
            [$"--config=/etc/{app}/config.yaml", "--http-port=8080"],
            env,
            rng.Percent(50) ? [new("http", 8080, "TCP"), new("metrics", 9090, "TCP")] : [new("http", 8080, "TCP")],
            [new("config", $"/etc/{app}", true), new("tmp", "/tmp", false)],
            rng.Percent(50) ? 8080 : 0,
            Hardened: rng.Percent(30),
            (cpu, memory),
            (rng.Percent(50) ? "2" : "", memory));
    }

    public static ContainerShape LogShipper(Rng rng) => new(
        "log-shipper",
        $"cr.fluentbit.io/fluent/fluent-bit:3.{rng.Next(3)}.{rng.Next(10)}",
        ["-c", "/fluent-bit/etc/fluent-bit.conf"],
        [],
        [new("metrics", 2020, "TCP")],
        [new("log-shipper-config", "/fluent-bit/etc", true)],
        0,
        Hardened: false,
        ("20m", "32Mi"),
        ("", "64Mi"));
}
