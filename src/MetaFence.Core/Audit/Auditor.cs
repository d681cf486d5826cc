using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Dataplane;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Findings;
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
        // The rows do not depend on the engine: built on another core while the engine indexes.
        var rows = Task.Run(() => SubjectBuilder.Build(snapshot));
        // Manifests audited before deploy have no kube-dns pods: a stand-in answers DNS questions.
        var dataplane = options.Dataplane ?? DataplaneDetector.Detect(snapshot);
        var engine = new EgressEngine(
            snapshot.Pods.Any(EgressWithoutDnsRule.IsDnsPod) ? snapshot : snapshot with { Pods = snapshot.Pods.Add(EgressWithoutDnsRule.StandInDnsPod) },
            dataplane);
        var destinations = options.Endpoints.SelectMany(Destinations).Distinct().ToArray();
        var index = destinations.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        var endpointIndexes = options.Endpoints.Select(e => Destinations(e).Select(d => index[d]).ToArray()).ToArray();
        var sharing = new VerdictSharing(engine);
        var subjects = rows.GetAwaiter().GetResult();

        // DESIGN: evaluate once per distinct subject and share among replicas and look-alikes
        // (VerdictSharing); endpoints sharing a destination (11 providers use 169.254.169.254:80)
        // share its verdict. Distinct subjects are evaluated on every core, each into its own slot.
        var groupOf = new int[subjects.Length];
        var representatives = new List<PodInfo>();
        var groups = new Dictionary<object, int>(VerdictSharing.KeyComparer.Instance);
        var keys = new VerdictKey[subjects.Length];
        Parallel.For(0, subjects.Length, i => keys[i] = sharing.KeyOf(subjects[i].Representative));
        for (var i = 0; i < subjects.Length; i++)
        {
            var pod = subjects[i].Representative;
            object key = destinations.Any(d => VerdictSharing.Owns(pod, d)) ? pod : keys[i];
            if (!groups.TryGetValue(key, out var group))
            {
                group = representatives.Count;
                groups[key] = group;
                representatives.Add(pod);
            }

            groupOf[i] = group;
        }

        var verdicts = new ImmutableArray<EndpointVerdict>[representatives.Count];
        Parallel.For(0, representatives.Count, g =>
        {
            var evaluated = engine.Evaluate(representatives[g], destinations);
            verdicts[g] = [.. options.Endpoints.Select((e, i) => new EndpointVerdict(e,
                [.. endpointIndexes[i].Select(d => new DestinationVerdict(destinations[d], evaluated[d]))]))];
        });
        var results = subjects.Select((subject, i) => new SubjectResult(subject, verdicts[groupOf[i]])).ToImmutableArray();

        var context = new AuditContext(sharing, options, results);

        // Each rule on its own core; findings are gathered in rule order, as one thread would.
        var byRule = new List<Finding>[AuditRules.All.Length];
        Parallel.For(0, byRule.Length, r => byRule[r] = [.. AuditRules.All[r].Evaluate(context)]);
        var findings = byRule.SelectMany(list => list)
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
