namespace MetaFence.Bench.Generation;

/// <summary>A container port.</summary>
internal sealed record PortShape(string Name, int Number, string Protocol);
