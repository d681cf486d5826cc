using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

public sealed partial class EgressEngine
{
    /// <summary>A namespaced policy selects pods of its own namespace only.</summary>
    private bool CiliumSelects(CiliumPolicyInfo policy, PodInfo subject) =>
        !subject.HostNetwork
        && (policy.Namespace is null || policy.Namespace == subject.Namespace)
        && policy.EndpointSelector.Matches(CiliumLabels(subject));

    /// <summary>Ports, then any peer; only ports: every destination; neither: nothing.</summary>
    private bool CiliumRuleMatches(CiliumPolicyInfo policy, CiliumRule rule, Destination destination, PodInfo? target)
    {
        if (!PortMatcher.Matches(rule.Ports, destination, target))
        {
            return false;
        }

        if (!rule.HasPeers)
        {
            return !rule.Ports.IsEmpty;
        }

        var world = IsCiliumWorld(destination.Address, target);
        if (rule.ToCidr is not null && world && rule.ToCidr.Contains(destination.Address))
        {
            return true; // Rule 59: CIDR rules match only addresses without a Cilium identity.
        }

        if (rule.ToEntities.Any(e => EntityMatches(e, destination.Address, target, world)))
        {
            return true;
        }

        return target is { HostNetwork: false } && rule.ToEndpoints.Any(selector =>
            (policy.Namespace is null || target.Namespace == policy.Namespace
                || selector.Requirements.Any(r => r.Key == CiliumPolicyInfo.NamespaceLabel))
            && selector.Matches(CiliumLabels(target)));
    }

    private bool EntityMatches(CiliumEntity entity, IpAddress address, PodInfo? target, bool world) => entity switch
    {
        CiliumEntity.All => true,
        CiliumEntity.World => world,
        CiliumEntity.WorldIpv4 => world && address.Family == IpFamily.V4,
        CiliumEntity.WorldIpv6 => world && address.Family == IpFamily.V6,
        CiliumEntity.Cluster => !world,
        CiliumEntity.Host or CiliumEntity.RemoteNode => _nodeAddresses.Contains(address) || target is { HostNetwork: true },
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    /// <summary>Rule 59: not a pod of the snapshot and not a node address.</summary>
    private bool IsCiliumWorld(IpAddress address, PodInfo? target) => target is null && !_nodeAddresses.Contains(address);

    /// <summary>Cilium identity labels: the pod's labels, its namespace and its namespace's labels.</summary>
    private LabelSet CiliumLabels(PodInfo pod) =>
        LabelSet.Of(pod.Labels.Pairs
            .Concat(NamespaceLabels(pod.Namespace).Pairs.Select(p => KeyValuePair.Create(CiliumPolicyInfo.NamespaceLabelPrefix + p.Key, p.Value)))
            .Append(KeyValuePair.Create(CiliumPolicyInfo.NamespaceLabel, pod.Namespace)));
}
