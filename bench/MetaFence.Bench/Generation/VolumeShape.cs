namespace MetaFence.Bench.Generation;

/// <summary>A template volume: a ConfigMap, or an emptyDir when <see cref="ConfigMap"/> is null.</summary>
internal sealed record VolumeShape(string Name, string? ConfigMap);
