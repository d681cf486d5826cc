namespace MetaFence.Rendering.Report;

/// <summary>
/// What a graph node stands for; the graph's columns, left to right, follow this order:
/// a pod or workload, a metadata endpoint, a cloud node, the identity it holds, what that identity may do.
/// </summary>
public enum ReportNodeKind
{
    Subject,
    Endpoint,
    Node,
    Identity,
    Capability,
}
