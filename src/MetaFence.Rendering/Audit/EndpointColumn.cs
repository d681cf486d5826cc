using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// One table column: the credential endpoints that share exactly the same destinations
/// (same addresses, same ports), whose verdicts therefore cannot differ. Merging them keeps
/// the table narrow without hiding anything.
/// </summary>
internal sealed record EndpointColumn(ImmutableArray<Endpoint> Endpoints)
{
    public string Header => string.Join("\n", Endpoints.Select(e => e.Id));

    /// <summary>The subject's verdict for this column (its first endpoint), or null if not evaluated.</summary>
    public EndpointVerdict? VerdictOf(SubjectResult result) =>
        result.Endpoints.FirstOrDefault(v => string.Equals(v.Endpoint.Id, Endpoints[0].Id, StringComparison.Ordinal));

    public static IReadOnlyList<EndpointColumn> ForCredentialEndpoints(IEnumerable<Endpoint> endpoints) =>
        [.. ReportOrder.Endpoints(endpoints.Where(e => e.Role == EndpointRole.CredentialSource))
            .GroupBy(DestinationKey, StringComparer.Ordinal)
            .Select(g => new EndpointColumn([.. g]))
            .OrderBy(c => c.Endpoints[0].Id, StringComparer.Ordinal)];

    private static string DestinationKey(Endpoint endpoint) =>
        string.Join(",", endpoint.Addresses.Order().Select(a => a.ToString()))
        + "|" + string.Join(",", endpoint.Ports.OrderBy(p => p.Number).ThenBy(p => p.Protocol).Select(p => p.ToString()));
}
