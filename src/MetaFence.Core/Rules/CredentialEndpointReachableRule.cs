using System.Collections.Concurrent;
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
        // Subjects with the same verdicts share one array (Auditor): what they reach, why, and what
        // a fix must overcome are worked out once per array. The findings, one per subject, are
        // built on every core and come out in subject order.
        var reaches = new ConcurrentDictionary<ImmutableArray<EndpointVerdict>, Reach?>();
        var what = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        return context.PodNetworkResults.AsParallel().AsOrdered()
            .Select(result => reaches.GetOrAdd(result.Endpoints, verdicts => ReachOf(verdicts, what, context)) is { } reach
                ? Finding(context, result.Subject, reach)
                : null)
            .OfType<Finding>()
            .ToList();
    }

    private Finding Finding(AuditContext context, AuditSubject subject, Reach reach)
    {
        var system = FixPlanner.SystemNamespaces.Contains(subject.Namespace);
        return Create(system ? Severity.Low : Severity.Critical,
                system
                    ? $"{Describe(subject)} can reach {reach.Text} In a system namespace this is usually intended; make sure only components that need the node identity run here."
                    : $"{Describe(subject)} can reach {reach.Text}")
            with
        {
            Namespace = subject.Namespace,
            Subject = subject.Object,
            Location = subject.Representative.Location,
            Remediation = context.Fixes.ForSubject(subject, reach.Basis),
        };
    }

    /// <summary>What the verdicts let a subject reach and why, or null when no credential endpoint.</summary>
    private static Reach? ReachOf(ImmutableArray<EndpointVerdict> verdicts, ConcurrentDictionary<string, string> what, AuditContext context)
    {
        // A certain allow makes its endpoint reachable (EndpointVerdict.Status): these are the reachable credential destinations, in catalog order.
        var allowed = verdicts.Where(e => e.Endpoint.Role == EndpointRole.CredentialSource)
            .SelectMany(e => e.Destinations.Where(d => IsCertainAllow(d.Verdict)).Select(d => (d.Destination, e.Endpoint.Id, d.Verdict)))
            .ToList();
        if (allowed.Count == 0)
        {
            return null;
        }

        // Endpoints and destinations come in catalog order in every array: the allowed pairs name the text.
        var key = string.Join('|', allowed.Select(p => $"{p.Id}@{p.Destination}"));
        var where = what.GetOrAdd(key, _ => DestinationSummary.Describe(allowed.Select(p => (p.Destination, p.Id))));
        return new Reach(
            $"credential endpoints at {where}. An SSRF bug or a compromised container there can read the node's cloud credentials. Decided by: {Explain.Summary(allowed[0].Verdict)}.",
            context.Fixes.BasisFor(allowed.Select(p => p.Verdict)));
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

    /// <summary>What one verdict array reaches, said once, and the basis of its fix.</summary>
    private sealed record Reach(string Text, FixBasis Basis);
}
