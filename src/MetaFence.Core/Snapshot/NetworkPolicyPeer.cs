using MetaFence.Core.Net;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Snapshot;

/// <summary>
/// One <c>to</c> entry: either an ipBlock (<see cref="IpBlock"/> is <c>cidr</c> minus every
/// <c>except</c>, rule 20) or selectors (rule 13). Validation guarantees exactly one kind (rule 12).
/// </summary>
public sealed record NetworkPolicyPeer
{
    public IpSet? IpBlock { get; init; }

    /// <summary>The ipBlock as written, for explanations: <c>0.0.0.0/0 except 169.254.169.254/32</c>.</summary>
    public string? IpBlockText { get; init; }

    /// <summary>The ipBlock's <c>cidr</c> alone when it has <c>except</c> entries (null without): what dataplanes that mishandle except see.</summary>
    public IpSet? IpBlockCidr { get; init; }

    public LabelSelector? NamespaceSelector { get; init; }

    public LabelSelector? PodSelector { get; init; }

    public override string ToString()
    {
        if (IpBlockText is not null)
        {
            return $"ipBlock {IpBlockText}";
        }

        var parts = new List<string>();
        if (NamespaceSelector is not null)
        {
            parts.Add($"namespaceSelector {NamespaceSelector}");
        }

        if (PodSelector is not null)
        {
            parts.Add($"podSelector {PodSelector}");
        }

        return string.Join(" and ", parts);
    }
}
