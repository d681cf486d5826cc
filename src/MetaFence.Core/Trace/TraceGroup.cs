using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Trace;

/// <summary>Paths that share node group and identity: one block of the table, however many subjects.</summary>
public sealed record TraceGroup
{
    public required string NodeGroup { get; init; }

    public required ImmutableArray<string> Nodes { get; init; }

    public required NodeIdentity Identity { get; init; }

    public required IdentityGrant? Grant { get; init; }

    /// <summary>Ranked, most severe first.</summary>
    public required ImmutableArray<TracePath> Paths { get; init; }

    public Severity Severity => Paths[0].Severity;

    /// <summary>Every fix that cuts some of the group's paths, cheapest first, then most paths cut.</summary>
    public required ImmutableArray<TraceFix> Fixes { get; init; }
}
