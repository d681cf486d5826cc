using System.Collections.Immutable;
using MetaFence.Core.Cloud.Iam;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Posture;

/// <summary>
/// What a node identity unlocks once stolen: the IAM evaluator's capabilities for a role, or one
/// capability summing up a GCP service account's scopes. <see cref="Known"/> is false when the
/// export that would say (the IAM export, the role in it) is missing.
/// </summary>
public sealed record IdentityGrant
{
    public required NodeIdentity Identity { get; init; }

    public bool Known { get; init; }

    /// <summary>Most severe first.</summary>
    public ImmutableArray<Capability> Capabilities { get; init; } = [];

    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The most severe capability, or null when none is known.</summary>
    public Severity? Highest => Capabilities.IsDefaultOrEmpty ? null : Capabilities.Max(c => c.Severity);

    /// <summary>Capabilities that do harm (all but read-only), most severe first.</summary>
    public IEnumerable<Capability> Dangerous => Capabilities.Where(c => c.Class != CapabilityClass.ReadOnly);
}
