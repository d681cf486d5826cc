namespace MetaFence.Bench.Generation;

/// <summary>One container of a pod template, as its owner wrote it; <see cref="ProbePort"/> 0 means no probes.</summary>
internal sealed record ContainerShape(
    string Name,
    string Image,
    IReadOnlyList<string> Args,
    IReadOnlyList<EnvShape> Env,
    IReadOnlyList<PortShape> Ports,
    IReadOnlyList<MountShape> Mounts,
    int ProbePort,
    bool Hardened,
    (string Cpu, string Memory) Requests,
    (string Cpu, string Memory) Limits);
