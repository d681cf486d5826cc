using System.Collections.Immutable;
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
        // Subjects with the same verdicts share one array (Auditor): describe each array once.
        var described = new Dictionary<ImmutableArray<EndpointVerdict>, string?>();
        foreach (var result in context.PodNetworkResults)
        {
            if (!described.TryGetValue(result.Endpoints, out var reach))
            {
                reach = Reach(result.Endpoints);
                described[result.Endpoints] = reach;
            }

            if (reach is null)
            {
                continue;
            }

            var system = FixPlanner.SystemNamespaces.Contains(result.Subject.Namespace);
            yield return Create(system ? Severity.Low : Severity.Critical,
                    system
                        ? $"{Describe(result.Subject)} can reach {reach} In a system namespace this is usually intended; make sure only components that need the node identity run here."
                        : $"{Describe(result.Subject)} can reach {reach}")
                with
            {
                Namespace = result.Subject.Namespace,
                Subject = result.Subject.Object,
                Location = result.Subject.Representative.Location,
                Remediation = context.Fixes.ForSubject(result.Subject, result.Endpoints
                    .Where(e => e.Endpoint.Role == EndpointRole.CredentialSource)
                    .SelectMany(e => e.Destinations.Where(d => IsCertainAllow(d.Verdict)).Select(d => d.Verdict))),
            };
        }
    }

    /// <summary>What the verdicts let a subject reach and why, or null when no credential endpoint.</summary>
    private static string? Reach(ImmutableArray<EndpointVerdict> verdicts)
    {
        var reachable = verdicts.Where(e => e.Endpoint.Role == EndpointRole.CredentialSource && e.Status == EndpointStatus.Reachable).ToList();
        if (reachable.Count == 0)
        {
            return null;
        }

        var what = DestinationSummary.Describe(reachable.SelectMany(e =>
            e.Destinations.Where(d => IsCertainAllow(d.Verdict)).Select(d => (d.Destination, e.Endpoint.Id))));
        var why = reachable[0].Destinations.First(d => IsCertainAllow(d.Verdict)).Verdict;
        return $"credential endpoints at {what}. An SSRF bug or a compromised container there can read the node's cloud credentials. Decided by: {Explain.Summary(why)}.";
    }

    /// <summary>Decision 0004: an unknown verdict is reported by MF011, not here.</summary>
    private static bool IsCertainAllow(Evaluation.Verdict verdict) => verdict.Allowed && !verdict.IsUnknown;

    internal static string Describe(AuditSubject subject) =>
        subject.Kind switch
        {
            SubjectKind.Template => $"{subject.Object} (pod template, no pods yet)",
            SubjectKind.Pod => $"{subject.Object}",
            SubjectKind.Workload => $"{subject.Object} ({subject.PodNames.Length} pod(s))",
            _ => throw new System.Diagnostics.UnreachableException(),
        };
}
