namespace MetaFence.Bench.Generation;

/// <summary>A volume mount.</summary>
internal sealed record MountShape(string Name, string Path, bool ReadOnly);
