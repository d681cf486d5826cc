using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;

namespace MetaFence.Rendering;

/// <summary>
/// Sorting shared by every renderer, so no input order reaches output (STYLE §7): subjects by
/// namespace, kind, name; endpoints by id; destinations by address, port, protocol.
/// </summary>
internal static class ReportOrder
{
    public static IReadOnlyList<SubjectResult> Subjects(IEnumerable<SubjectResult> subjects) =>
        [.. subjects
            .OrderBy(s => s.Subject.Namespace, StringComparer.Ordinal)
            .ThenBy(s => s.Subject.Object.Kind, StringComparer.Ordinal)
            .ThenBy(s => s.Subject.Object.Name, StringComparer.Ordinal)];

    public static IReadOnlyList<Endpoint> Endpoints(IEnumerable<Endpoint> endpoints) =>
        [.. endpoints.OrderBy(e => e.Id, StringComparer.Ordinal)];

    public static IReadOnlyList<EndpointVerdict> Verdicts(IEnumerable<EndpointVerdict> verdicts) =>
        [.. verdicts.OrderBy(v => v.Endpoint.Id, StringComparer.Ordinal)];

    public static IReadOnlyList<DestinationVerdict> Destinations(IEnumerable<DestinationVerdict> destinations) =>
        [.. destinations
            .OrderBy(d => d.Destination.Address)
            .ThenBy(d => d.Destination.Port)
            .ThenBy(d => d.Destination.Protocol)];
}
