namespace MetaFence.Core.Snapshot;

/// <summary>
/// A Service, kept as an exposure hint for <c>trace</c> (the engine does not evaluate Services):
/// its type (<c>ClusterIP</c>, <c>NodePort</c>, <c>LoadBalancer</c>, <c>ExternalName</c>) and the
/// pod labels its selector requires (empty: selects no pods).
/// </summary>
public sealed record ServiceInfo(string Namespace, string Name, string Type, LabelSet Selector)
{
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// <c>LoadBalancer</c> and <c>NodePort</c> Services take traffic from outside the cluster
    /// (Kubernetes Service docs, "Publishing Services (ServiceTypes)").
    /// </summary>
    public bool IsExternal => Type is "LoadBalancer" or "NodePort";

    /// <summary>Whether the selector picks <paramref name="pod"/>: every selector label present with its value.</summary>
    public bool Selects(PodInfo pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        return pod.Namespace == Namespace && Selector.Count > 0
            && Selector.Pairs.All(p => pod.Labels.TryGetValue(p.Key, out var value) && value == p.Value);
    }

    public override string ToString() => $"Service {Namespace}/{Name}";
}
