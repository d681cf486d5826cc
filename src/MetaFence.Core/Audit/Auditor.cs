using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Dataplane;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Rules;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Audit;

/// <summary>Builds the audit subjects, evaluates each against every endpoint and runs the audit rules.</summary>
public static class Auditor
{
    public static AuditReport Run(ClusterSnapshot snapshot, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        // Manifests audited before deploy have no kube-dns pods: a stand-in answers DNS questions.
        var dataplane = options.Dataplane ?? DataplaneDetector.Detect(snapshot);
        var engine = new EgressEngine(
            snapshot.Pods.Any(EgressWithoutDnsRule.IsDnsPod) ? snapshot : snapshot with { Pods = snapshot.Pods.Add(EgressWithoutDnsRule.StandInDnsPod) },
            dataplane);
        var destinations = options.Endpoints.SelectMany(Destinations).Distinct().ToArray();
        var index = destinations.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        var endpointIndexes = options.Endpoints.Select(e => Destinations(e).Select(d => index[d]).ToArray()).ToArray();
        var cache = new Dictionary<(string, LabelSet, bool, string?), ImmutableArray<EndpointVerdict>>();
        var results = ImmutableArray.CreateBuilder<SubjectResult>();
        foreach (var subject in SubjectBuilder.Build(snapshot))
        {
            var pod = subject.Representative;

            // DESIGN: evaluate once per distinct (namespace, labels, hostNetwork), share among replicas;
            // endpoints sharing a destination (11 providers use 169.254.169.254:80) share its verdict.
            // Pods NetworkPolicy cannot protect (Windows or Fargate nodes) differ from their look-alikes.
            var key = (pod.Namespace, pod.Labels, pod.HostNetwork, engine.Protection.IsStandard ? null : engine.Protection.Unprotected(pod));
            if (!cache.TryGetValue(key, out var verdicts))
            {
                var evaluated = engine.Evaluate(pod, destinations);
                verdicts = [.. options.Endpoints.Select((e, i) => new EndpointVerdict(e,
                    [.. endpointIndexes[i].Select(d => new DestinationVerdict(destinations[d], evaluated[d]))]))];
                cache[key] = verdicts;
            }

            results.Add(new SubjectResult(subject, verdicts));
        }

        var context = new AuditContext(engine, options, results.ToImmutable());
        var findings = AuditRules.All.SelectMany(rule => rule.Evaluate(context))
            .Select(f => (Finding: f, Subject: f.Subject?.ToString() ?? string.Empty)) // one ToString per finding, not per comparison
            .OrderByDescending(f => f.Finding.Severity)
            .ThenBy(f => f.Finding.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Namespace ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Message, StringComparer.Ordinal)
            .Select(f => f.Finding);
        return new AuditReport
        {
            Endpoints = options.Endpoints,
            Subjects = context.Results,
            Findings = [.. findings],
            Snapshot = snapshot,
            Dataplane = dataplane,
            Unprotected = [.. context.Results.SelectMany(r => engine.Protection.Unprotected(r.Subject.Representative) is { } reason
                ? [new UnprotectedSubject(r.Subject, reason)]
                : Array.Empty<UnprotectedSubject>())],
        };
    }

    /// <summary>Every address × port of the endpoint, IPv4 first as the catalog lists them.</summary>
    public static EndpointVerdict Evaluate(EgressEngine engine, PodInfo pod, Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(endpoint);
        var destinations = Destinations(endpoint).ToList();
        return new EndpointVerdict(endpoint, [.. destinations.Zip(engine.Evaluate(pod, destinations), (d, v) => new DestinationVerdict(d, v))]);
    }

    private static IEnumerable<Destination> Destinations(Endpoint endpoint) =>
        endpoint.Addresses.SelectMany(a => endpoint.Ports.Select(p => new Destination(a, p.Number, p.Protocol)));
}
