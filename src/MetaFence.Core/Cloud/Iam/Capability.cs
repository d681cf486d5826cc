using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// Something a role can do, classified: which actions, on which resources, granted by which
/// statements, whether conditions apply, and the published source of the classification.
/// </summary>
public sealed record Capability
{
    /// <summary>The catalog rule's id (<see cref="CapabilityRule.Id"/>).</summary>
    public required string Id { get; init; }

    public required CapabilityClass Class { get; init; }

    public required string Title { get; init; }

    public required ImmutableArray<string> Actions { get; init; }

    /// <summary>The resources of the first action: <c>*</c>, ARN patterns joined by <c>, </c>, or <c>* except …</c> for NotResource.</summary>
    public required string Resource { get; init; }

    /// <summary>Statement sources that grant the actions, ordinal-sorted.</summary>
    public required ImmutableArray<string> GrantedBy { get; init; }

    /// <summary>True when a granting statement has a Condition (not evaluated) or a Deny with a condition may apply.</summary>
    public bool Conditional { get; init; }

    public required string Source { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Caveats: partly denied resources, NotAction exceptions, conditions.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
