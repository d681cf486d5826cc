namespace MetaFence.Core.Trace;

/// <summary>A fix that cuts paths: what to do in one line, the commands or object, and how many paths it cuts.</summary>
public sealed record TraceFix(FixKind Kind, string Summary, string Detail)
{
    /// <summary>What the fix covers (a namespace, a node group, an identity, a workload): fixes with the same scope are one fix.</summary>
    public required string Scope { get; init; }

    /// <summary>How many of the report's paths this fix cuts.</summary>
    public int PathsCut { get; init; }
}
