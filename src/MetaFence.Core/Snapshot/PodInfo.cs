using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// A pod, or a workload's pod template standing in for pods not yet created. Subject of egress
/// questions and, when it owns the destination address, their destination.
/// </summary>
public sealed record PodInfo
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public LabelSet Labels { get; init; } = LabelSet.Empty;

    public bool HostNetwork { get; init; }

    public PodPhase Phase { get; init; } = PodPhase.Running;

    public ImmutableArray<IpAddress> Ips { get; init; } = [];

    public ImmutableArray<ContainerPort> Ports { get; init; } = [];

    public string? NodeName { get; init; }

    /// <summary>
    /// Container images, containers then init containers, as written (<c>registry/name:tag</c>).
    /// What runs in the cluster: the dataplane detection reads them. Loaders intern the strings.
    /// </summary>
    public ImmutableArray<string> Images { get; init; } = [];

    /// <summary>The pod's <c>nodeSelector</c> value for <c>kubernetes.io/os</c> (<c>linux</c>, <c>windows</c>), null when absent.</summary>
    public string? OsSelector { get; init; }

    /// <summary>The top-level controller (Deployment rather than ReplicaSet), or null for a bare pod.</summary>
    public ObjectRef? Owner { get; init; }

    public SourceLocation? Location { get; init; }

    public bool IsTemplate => Phase == PodPhase.Template;

    /// <summary>Rule 37: Succeeded and Failed pods send nothing and get no verdict.</summary>
    public bool IsTerminated => Phase is PodPhase.Succeeded or PodPhase.Failed;

    public override string ToString() => $"{Namespace}/{Name}";
}
