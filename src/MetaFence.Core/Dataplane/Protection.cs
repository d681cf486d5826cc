using System.Collections.Frozen;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Dataplane;

/// <summary>
/// Whether NetworkPolicy can protect a pod at all: not on the host network (SEMANTICS 36), not
/// where the plugin enforces nothing, not on nodes the plugin does not enforce on (EKS: Windows
/// and Fargate, SEMANTICS 39).
/// </summary>
public sealed class Protection
{
    /// <summary>The node label EKS puts on Fargate nodes.</summary>
    public const string ComputeTypeLabel = "eks.amazonaws.com/compute-type";

    private readonly DataplaneProfile _profile;
    private readonly FrozenDictionary<string, NodeInfo> _nodes;

    public Protection(ClusterSnapshot snapshot, DataplaneProfile profile)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(profile);
        _profile = profile;
        _nodes = snapshot.Nodes.GroupBy(n => n.Name, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>True when no pod can be unprotected for a dataplane reason (the common case: a cheap check).</summary>
    public bool IsStandard => _profile.NonEnforcing is null && _profile.WindowsUnprotected is null && _profile.FargateUnprotected is null;

    /// <summary>Why NetworkPolicy cannot protect <paramref name="pod"/>, or null when it can.</summary>
    public string? Unprotected(PodInfo pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        if (pod.HostNetwork)
        {
            return "uses the host network (SEMANTICS 36)";
        }

        if (_profile.NonEnforcing is { } plugin)
        {
            return $"{plugin.Name} does not enforce egress NetworkPolicy ({plugin.Source})";
        }

        var node = pod.NodeName is { } name ? _nodes.GetValueOrDefault(name) : null;
        if (_profile.WindowsUnprotected is { } windows && (node?.OperatingSystem ?? pod.OsSelector) == "windows")
        {
            return windows;
        }

        return _profile.FargateUnprotected is { } fargate && node is not null
            && node.Labels.TryGetValue(ComputeTypeLabel, out var type) && type == "fargate"
            ? fargate
            : null;
    }
}
