using MetaFence.Core.Findings;
using MetaFence.Core.Trace;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Trace;

/// <summary>
/// The trace's graph, one column per hop: subject → metadata endpoint → node group → identity →
/// capability (the three worst per identity). Shared hops share a node, so the graph stays as
/// small as the groups.
/// </summary>
internal static class TraceReportGraph
{
    public const int CapabilitiesShown = 3;

    public static ReportGraph From(TraceReport report)
    {
        var nodes = new Dictionary<string, ReportNode>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), ReportEdge>();
        foreach (var path in report.Paths)
        {
            var tone = Tone(path.Severity);
            var subject = Add(nodes, TraceReportModel.PathAnchor(path), ReportNodeKind.Subject, $"{path.Subject.Namespace}/{path.Subject.Object.Name}",
                path.Subject.Object.Kind + (path.Subject.HostNetwork ? " · hostNetwork" : string.Empty) + (path.Exposure.InternetFacing ? " · internet-facing" : string.Empty), tone, link: true);
            var endpoint = Add(nodes, ReportAnchor.From("endpoint", path.EndpointId), ReportNodeKind.Endpoint, path.EndpointId, null, ReportTone.Bad);
            var node = Add(nodes, ReportAnchor.From("nodes", path.GroupKey), ReportNodeKind.Node, path.NodeGroup.Split(" (")[0],
                AuditNodeDetail(path), ReportTone.Warn);
            var identity = Add(nodes, ReportAnchor.From("identity", path.Identity.Name), ReportNodeKind.Identity, path.Identity.ShortName,
                path.Grant is { Known: true } ? path.Identity.Provider : "permissions unknown", tone);
            Edge(edges, subject, endpoint, path.Subject.HostNetwork ? "host network" : null, tone);
            Edge(edges, endpoint, node, null, tone);
            Edge(edges, node, identity, null, tone);
            foreach (var capability in path.Capabilities.Take(CapabilitiesShown))
            {
                var id = Add(nodes, ReportAnchor.From("capability", path.Identity.Name, capability.Id), ReportNodeKind.Capability, capability.Title,
                    string.Join(", ", capability.Actions.Take(2)), Tone(capability.Severity));
                Edge(edges, identity, id, null, Tone(capability.Severity));
            }
        }

        return new ReportGraph
        {
            Title = "Attack paths",
            Description = "Left to right: the pod or workload, the metadata endpoint it reaches, the nodes that answer it, the cloud identity they hand out, and the worst things that identity can do.",
            Nodes = [.. nodes.Values],
            Edges = [.. edges.Values],
            EmptyText = "No subject can take a node identity the exports show.",
        };
    }

    internal static ReportTone Tone(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => ReportTone.Bad,
        Severity.Medium or Severity.Low => ReportTone.Warn,
        _ => ReportTone.Neutral,
    };

    private static string AuditNodeDetail(TracePath path) =>
        path.Verdict.Reason.Split(':')[0];

    private static string Add(Dictionary<string, ReportNode> nodes, string id, ReportNodeKind kind, string label, string? detail, ReportTone tone, bool link = false)
    {
        nodes.TryAdd(id, new ReportNode { Id = id, Kind = kind, Label = label, Detail = detail, Tone = tone, Link = link ? id : null });
        return id;
    }

    private static void Edge(Dictionary<(string, string), ReportEdge> edges, string from, string to, string? label, ReportTone tone) =>
        edges.TryAdd((from, to), new ReportEdge { From = from, To = to, Label = label, Tone = tone });
}
