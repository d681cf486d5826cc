using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>MF001: a pod-network subject can reach a credential endpoint over IPv4 or IPv6.</summary>
public sealed class CredentialEndpointReachableRule : AuditRule
{
    public override string Id => "MF001";

    public override string Title => "Credential endpoint reachable";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        foreach (var result in context.PodNetworkResults)
        {
            var reachable = result.Endpoints
                .Where(e => e.Endpoint.Role == EndpointRole.CredentialSource && e.Reachable)
                .ToList();
            if (reachable.Count == 0)
            {
                continue;
            }

            var what = DestinationSummary.Describe(reachable.SelectMany(e =>
                e.Destinations.Where(d => d.Verdict.Allowed).Select(d => (d.Destination, e.Endpoint.Id))));
            var why = reachable[0].Destinations.First(d => d.Verdict.Allowed).Verdict;
            yield return Create(Severity.Critical,
                    $"{Describe(result.Subject)} can reach credential endpoints at {what}. An SSRF bug or a compromised container there can read the node's cloud credentials. Decided by: {Explain.Summary(why)}.")
                with
            {
                Namespace = result.Subject.Namespace,
                Subject = result.Subject.Object,
                Location = result.Subject.Representative.Location,
                Remediation = Remediation.NamespaceFence(result.Subject.Namespace, context.CredentialEndpoints,
                        context.Endpoints.Where(e => e.Role == EndpointRole.NeededService)),
            };
        }
    }

    internal static string Describe(AuditSubject subject) =>
        subject.Kind switch
        {
            SubjectKind.Template => $"{subject.Object} (pod template, no pods yet)",
            SubjectKind.Pod => $"{subject.Object}",
            SubjectKind.Workload => $"{subject.Object} ({subject.PodNames.Length} pod(s))",
            _ => throw new System.Diagnostics.UnreachableException(),
        };
}
