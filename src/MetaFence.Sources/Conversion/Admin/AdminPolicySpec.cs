namespace MetaFence.Sources.Conversion.Admin;

/// <summary><c>spec</c>: <c>tier</c> only in v1alpha2, <c>priority</c> not in the BANP.</summary>
internal sealed record AdminPolicySpec
{
    public string? Tier { get; init; }

    public int? Priority { get; init; }

    public AdminSubjectSpec? Subject { get; init; }

    public IList<AdminRuleSpec?>? Ingress { get; init; }

    public IList<AdminRuleSpec?>? Egress { get; init; }
}
