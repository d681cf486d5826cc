using MetaFence.Core.Audit;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// The audit's graph: every subject that reaches a credential endpoint, an edge to each endpoint
/// it reaches (labelled with how: <c>IPv4+IPv6</c>). Endpoints with identical destinations share
/// a node, as they share a table column: their verdicts cannot differ.
/// </summary>
internal static class AuditReportGraph
{
    public static ReportGraph From(AuditReport report)
    {
        var columns = EndpointColumn.ForCredentialEndpoints(report.Endpoints);
        var nodes = new Dictionary<string, ReportNode>(StringComparer.Ordinal);
        var edges = new List<ReportEdge>();
        foreach (var result in ReportOrder.Subjects(report.Subjects))
        {
            var subjectId = AuditReportSections.SubjectAnchor(result.Subject);
            foreach (var column in columns)
            {
                if (column.VerdictOf(result) is not { Reachable: true } verdict)
                {
                    continue;
                }

                var endpointId = ReportAnchor.From("endpoint", column.Endpoints[0].Id);
                nodes.TryAdd(subjectId, SubjectNode(result.Subject, subjectId));
                nodes.TryAdd(endpointId, EndpointNode(column, endpointId));
                edges.Add(new ReportEdge { From = subjectId, To = endpointId, Label = ReachCell.How(verdict), Tone = ReportTone.Bad });
            }
        }

        return new ReportGraph
        {
            Title = "Attack paths",
            Description = "Each line is a way to the node's cloud credentials: an SSRF bug or a compromised container in the pod on the left "
                + "can read them from the metadata endpoint on the right. Endpoints with the same addresses and ports share a box.",
            Nodes = [.. nodes.Values],
            Edges = [.. edges],
            EmptyText = "No pod or workload reaches a credential endpoint.",
        };
    }

    private static ReportNode SubjectNode(AuditSubject subject, string id)
    {
        var pods = subject.Kind == SubjectKind.Template ? "template" : AuditReportModel.Plural(subject.PodNames.Length, "pod");
        return new ReportNode
        {
            Id = id,
            Kind = ReportNodeKind.Subject,
            Label = $"{subject.Namespace}/{subject.Object.Name}",
            Detail = $"{subject.Object.Kind} · {pods}" + (subject.HostNetwork ? " · hostNetwork" : string.Empty),
            Tone = ReportTone.Bad,
            Link = id,
        };
    }

    private static ReportNode EndpointNode(EndpointColumn column, string id)
    {
        var first = column.Endpoints[0];
        return new ReportNode
        {
            Id = id,
            Kind = ReportNodeKind.Endpoint,
            Label = column.Endpoints.Length == 1 ? first.Id : $"{first.Id} +{column.Endpoints.Length - 1}",
            Detail = string.Join(", ", first.Addresses.Order().Select(a => a.ToString())),
            Tone = ReportTone.Bad,
            Link = AuditReportSections.MatrixId,
        };
    }
}
