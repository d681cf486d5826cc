using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Audit;

/// <summary>
/// What <c>audit</c> checks: the chosen catalog endpoints (credential sources and needed
/// services), and the providers named with <c>--provider</c> (empty when all were chosen).
/// </summary>
public sealed record AuditOptions(ImmutableArray<Endpoint> Endpoints)
{
    public ImmutableArray<string> ChosenProviders { get; init; } = [];

    /// <summary>
    /// The dataplane whose deviations verdicts include; null detects it from the snapshot
    /// (<see cref="Dataplane.DataplaneDetector"/>). <see cref="Dataplane.DataplaneProfile.Standard"/> applies none.
    /// </summary>
    public Dataplane.DataplaneProfile? Dataplane { get; init; }
    /// <summary>Node posture from cloud exports (<c>--aws-instances</c>, <c>--gcp-node-pools</c>); null when none was given.</summary>
    public ClusterPosture? Posture { get; init; }
}
