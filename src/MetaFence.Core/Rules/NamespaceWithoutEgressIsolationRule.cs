using System.Globalization;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF003: a namespace runs pod-network workloads whose egress nothing decides: no NetworkPolicy
/// isolates them (SEMANTICS 6) and no cluster-wide rule matched, so Kubernetes allows everything.
/// </summary>
public sealed class NamespaceWithoutEgressIsolationRule : AuditRule
{
    public override string Id => "MF003";

    public override string Title => "Namespace without egress isolation";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        var open = context.PodNetworkResults
            .Where(r => !context.Engine.IsIsolatedForEgress(r.Subject.Representative)
                && r.Endpoints.Any(e => e.Endpoint.Role == EndpointRole.CredentialSource
                    && e.Destinations.Any(d => d.Verdict.Decision == Decision.DefaultAllow && !d.Verdict.IsUnknown)))
            .Where(r => !FixPlanner.SystemNamespaces.Contains(r.Subject.Namespace))
            .GroupBy(r => r.Subject.Namespace, StringComparer.Ordinal);
        foreach (var group in open)
        {
            var names = group.Select(r => r.Subject.Object.Name).Distinct().Order(StringComparer.Ordinal).ToList();
            yield return Create(Severity.Medium, string.Create(CultureInfo.InvariantCulture,
                    $"Namespace {group.Key} runs {names.Count} workload(s) whose egress no NetworkPolicy isolates ({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", …" : string.Empty)}): no NetworkPolicy restricts where they send, metadata endpoints included."))
                with
            {
                Namespace = group.Key,
                Remediation = context.Fence(group.Key),
            };
        }
    }
}
