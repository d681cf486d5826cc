using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// Where one action is allowed after explicit Denies: the resource patterns left (text as shown
/// to people), whether they reach every resource, the granting statements, and caveats.
/// </summary>
internal sealed record ActionGrant(
    string Action,
    ImmutableArray<string> Resources,
    bool Everything,
    ImmutableArray<string> GrantedBy,
    bool Conditional,
    ImmutableArray<string> Notes)
{
    public string ResourceText => Everything && Resources.Contains("*") ? "*" : string.Join(", ", Resources);
}
