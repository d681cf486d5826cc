using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Trace;

/// <summary>
/// Every attack path subject → metadata endpoint → node → identity → capability: the audit's
/// network verdicts joined with node posture (<see cref="CredentialExposure"/>), per node group
/// (nodes that share settings and identity), ranked, with the cheapest fix that cuts each.
/// </summary>
public static class Tracer
{
    public static TraceReport Run(AuditReport audit, ClusterPosture posture)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(posture);
        var placement = new SubjectPlacement(audit.Snapshot);
        var exposure = new ExposureFinder(audit.Snapshot);
        var counts = new Dictionary<CredentialAccess, int>();
        var noIdentity = 0;
        var paths = new List<TracePath>();
        foreach (var result in audit.Subjects)
        {
            var placed = placement.Nodes(result.Subject);
            var candidates = placed.IsEmpty ? [.. posture.Nodes]
                : placed.Select(n => posture.Node(n) ?? new NodePosture { NodeName = n, Notes = ["the node is not in the input"] }).ToList();
            foreach (var endpoint in result.Endpoints.Where(e => CredentialExposure.IsNodeCredentialEndpoint(e.Endpoint.Id)))
            {
                foreach (var group in candidates.GroupBy(n => n.GroupKey, StringComparer.Ordinal))
                {
                    var nodes = group.ToList();
                    var verdict = CredentialExposure.Evaluate(endpoint, result.Subject.HostNetwork, nodes[0], posture.Hops);
                    if (verdict is null)
                    {
                        continue;
                    }

                    counts[verdict.Access] = counts.GetValueOrDefault(verdict.Access) + 1;
                    if (!verdict.IsExposed)
                    {
                        continue;
                    }

                    if (nodes[0].Identity is not { } identity)
                    {
                        noIdentity++;
                        continue;
                    }

                    var grant = posture.GrantOf(nodes[0]);
                    var exposed = exposure.Of(result.Subject);
                    var all = posture.Nodes.Where(n => n.GroupKey == group.Key).ToList();
                    paths.Add(new TracePath
                    {
                        Subject = result.Subject,
                        EndpointId = endpoint.Endpoint.Id,
                        Nodes = [.. nodes.Select(n => n.NodeName)],
                        Unscheduled = placed.IsEmpty,
                        NodeGroup = all.Count > 0 ? NodeFixes.Describe(all) : NodeFixes.Describe(nodes),
                        GroupKey = group.Key,
                        Identity = identity,
                        Grant = grant,
                        Verdict = verdict,
                        Exposure = exposed,
                        Severity = TraceRanking.SeverityOf(grant, exposed, Rules.FixPlanner.SystemNamespaces.Contains(result.Subject.Namespace)),
                        Fixes = TraceFixes.For(result.Subject, all.Count > 0 ? all : nodes, grant),
                    });
                }
            }
        }

        var ranked = TraceGrouping.CountCuts(TraceRanking.Order(paths).ToList());
        return new TraceReport
        {
            Paths = ranked,
            Groups = TraceGrouping.Group(ranked, posture),
            Counts = new TraceCounts
            {
                Exposed = counts.GetValueOrDefault(CredentialAccess.Exposed),
                BlockedByNetwork = counts.GetValueOrDefault(CredentialAccess.BlockedByNetwork),
                BlockedByNode = counts.GetValueOrDefault(CredentialAccess.BlockedByNode),
                HiddenByMetadataServer = counts.GetValueOrDefault(CredentialAccess.HiddenByMetadataServer),
                Unknown = counts.GetValueOrDefault(CredentialAccess.Unknown),
                NoIdentity = noIdentity,
            },
            Posture = posture,
            Audit = audit,
            Notes = TraceNotes.For(posture),
        };
    }
}
