using MetaFence.Core.Net;

namespace MetaFence.Core.Snapshot;

/// <summary>A container port; named ones are what named NetworkPolicy ports refer to (rule 34).</summary>
public readonly record struct ContainerPort(string? Name, int Number, Protocol Protocol);
