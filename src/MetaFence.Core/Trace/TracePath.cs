using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Cloud.Iam;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Trace;

/// <summary>
/// One attack path: subject → metadata endpoint → node(s) of one group → identity → capabilities,
/// with why each hop holds (<see cref="Verdict"/>), how exposed the subject is, the path's
/// severity and the cheapest fix that cuts it (alternatives after it).
/// </summary>
public sealed record TracePath
{
    public required AuditSubject Subject { get; init; }

    public required string EndpointId { get; init; }

    /// <summary>The nodes of the group the subject runs on; all of them when it is not scheduled yet.</summary>
    public required ImmutableArray<string> Nodes { get; init; }

    /// <summary>A template or unscheduled pods: they may land on any of <see cref="Nodes"/>.</summary>
    public bool Unscheduled { get; init; }

    public required string NodeGroup { get; init; }

    public required string GroupKey { get; init; }

    public required NodeIdentity Identity { get; init; }

    /// <summary>What the identity unlocks; unknown when the IAM export does not say.</summary>
    public required IdentityGrant? Grant { get; init; }

    public required CredentialVerdict Verdict { get; init; }

    public required Exposure Exposure { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Fixes that cut this path, cheapest first.</summary>
    public required ImmutableArray<TraceFix> Fixes { get; init; }

    public TraceFix Fix => Fixes[0];

    /// <summary>Capabilities that do harm, most severe first (read-only ones left out).</summary>
    public ImmutableArray<Capability> Capabilities => [.. Grant?.Dangerous ?? []];
}
