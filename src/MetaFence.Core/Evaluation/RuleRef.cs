using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// A rule that took part in a decision: the policy, the 0-based rule index (null when the
/// policy decided as a whole, e.g. "isolates egress and allows nothing that matches") and a
/// human description.
/// </summary>
public sealed record RuleRef(ObjectRef Policy, int? Rule, string? RuleName, string Description)
{
    public SourceLocation? Location { get; init; }
}
