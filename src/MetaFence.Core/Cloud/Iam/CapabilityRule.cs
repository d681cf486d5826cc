using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// One entry of the classification catalog: the actions that together make a capability (all of
/// them must be allowed), its class, severity, and the published source it comes from.
/// The capability's resource is that of the first action (for the <c>iam:PassRole</c> methods:
/// the roles that can be passed).
/// </summary>
public sealed record CapabilityRule
{
    /// <summary>Stable id, e.g. <c>privesc-passrole-ec2</c>.</summary>
    public required string Id { get; init; }

    public required CapabilityClass Class { get; init; }

    public required string Title { get; init; }

    public required ImmutableArray<string> Actions { get; init; }

    /// <summary>Severity when the grant is unconditional on every resource; one step lower when scoped or conditional.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Citation: the escalation method's write-up or the data class's documentation.</summary>
    public required string Source { get; init; }

    public ResourceScope Scope { get; init; } = ResourceScope.Any;
}
