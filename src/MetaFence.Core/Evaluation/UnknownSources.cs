using System.Collections.Immutable;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// Which verdicts the snapshot's unreadable resources leave unknown
/// (docs/decisions/0004-unknown-verdicts.md has the table this implements). Built once per
/// engine; with nothing unreadable every question answers "certain" at no cost. Public for
/// its <see cref="Reason"/> text, which findings match against verdicts.
/// </summary>
public sealed class UnknownSources
{
    private readonly ImmutableArray<string> _everyVerdict;
    private readonly ImmutableArray<string> _baseline;
    private readonly ImmutableArray<(string? Namespace, string Reason)> _networkPolicies;
    private readonly string? _namespacesBySubject;
    private readonly string? _namespacesByPeer;
    private readonly string? _nodes;

    public UnknownSources(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var everyVerdict = new List<string>();
        var baseline = new List<string>();
        var networkPolicies = new List<(string?, string)>();
        foreach (var resource in snapshot.Unreadable)
        {
            var reason = Reason(resource);
            switch (resource.Resource.Split('.')[0])
            {
                case UnreadableResources.NetworkPolicies:
                    networkPolicies.Add((resource.Namespace, reason));
                    break;
                case UnreadableResources.AdminNetworkPolicies or UnreadableResources.ClusterNetworkPolicies
                    or "globalnetworkpolicies" or "tiers" or "ciliumclusterwidenetworkpolicies" or "ciliumnetworkpolicies":
                    everyVerdict.Add(reason);
                    break;
                case UnreadableResources.BaselineAdminNetworkPolicies:
                    (snapshot.CalicoPolicies.IsEmpty ? baseline : everyVerdict).Add(reason);
                    break;
                case UnreadableResources.Namespaces:
                    _namespacesBySubject = HasNamespaceLabelSubjects(snapshot) ? reason : null;
                    _namespacesByPeer = HasNamespaceLabelPeers(snapshot) ? reason : null;
                    break;
                case UnreadableResources.Nodes:
                    _nodes = snapshot.AdminPolicies.Any(p => p.Egress.Any(r => r.To.Any(t => t.Kind == AdminPeerKind.Nodes))) ? reason : null;
                    break;
                default:
                    break; // pods, daemonsets, …: no verdict depends on them (decision 0004)
            }
        }

        _everyVerdict = [.. everyVerdict.Distinct(StringComparer.Ordinal)];
        _baseline = [.. baseline.Distinct(StringComparer.Ordinal)];
        _networkPolicies = [.. networkPolicies];
        IsEmpty = _everyVerdict.IsEmpty && _baseline.IsEmpty && _networkPolicies.IsEmpty
            && _namespacesBySubject is null && _namespacesByPeer is null && _nodes is null;
    }

    public bool IsEmpty { get; }

    /// <summary>The reasons <paramref name="verdict"/> for <paramref name="subject"/> is unknown; empty when it is certain.</summary>
    internal ImmutableArray<string> Reasons(PodInfo subject, Verdict verdict, bool destinationIsPod, bool hasNodesPeer)
    {
        if (IsEmpty || subject.HostNetwork)
        {
            return []; // rules 15, 36, 46: no policy of any kind protects a host-network pod
        }

        var reasons = new List<string>(_everyVerdict);
        var adminDecided = verdict.Decision is Decision.AdminAccept or Decision.AdminDeny;
        if (!adminDecided)
        {
            reasons.AddRange(_networkPolicies
                .Where(n => n.Namespace is null || n.Namespace == subject.Namespace)
                .Select(n => n.Reason));
        }

        if (verdict.Decision is Decision.BaselineAccept or Decision.BaselineDeny or Decision.DefaultAllow)
        {
            reasons.AddRange(_baseline);
        }

        if ((_namespacesBySubject ?? (destinationIsPod ? _namespacesByPeer : null)) is { } namespaces)
        {
            reasons.Add(namespaces);
        }

        if (_nodes is not null && hasNodesPeer)
        {
            reasons.Add(_nodes);
        }

        return [.. reasons.Distinct(StringComparer.Ordinal)];
    }

    /// <summary><c>networkpolicies in shop could not be read</c>.</summary>
    public static string Reason(UnreadableResource resource) => resource is null ? throw new ArgumentNullException(nameof(resource)) :
        resource.Namespace is null ? $"{resource.Resource} could not be read" : $"{resource.Resource} in {resource.Namespace} could not be read";

    /// <summary>Rule 16: a selector on the name label alone is answered without the Namespace objects.</summary>
    private static bool DependsOnLabels(LabelSelector? selector) =>
        selector is not null && selector.Requirements.Any(r => r.Key != NamespaceInfo.NameLabel);

    private static bool HasNamespaceLabelSubjects(ClusterSnapshot snapshot) =>
        snapshot.AdminPolicies.Any(p => DependsOnLabels(p.Subject.Namespaces) || DependsOnLabels(p.Subject.PodNamespaceSelector))
        || snapshot.CalicoPolicies.Any(p => p.NamespaceSelector is not null)
        || snapshot.CiliumPolicies.Any(p => p.EndpointSelector.Requirements.Any(r => r.Key.StartsWith(CiliumPolicyInfo.NamespaceLabelPrefix, StringComparison.Ordinal)));

    private static bool HasNamespaceLabelPeers(ClusterSnapshot snapshot) =>
        snapshot.NetworkPolicies.Any(p => p.Egress.Any(r => r.To.Any(t => DependsOnLabels(t.NamespaceSelector))))
        || snapshot.AdminPolicies.Any(p => p.Egress.Any(r => r.To.Any(t => DependsOnLabels(t.NamespaceSelector))));
}
