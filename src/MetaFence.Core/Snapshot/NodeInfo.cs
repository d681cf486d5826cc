using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Snapshot;

/// <summary>A node: labels (for <c>nodes</c> peers), addresses and cloud provider id.</summary>
public sealed record NodeInfo(string Name, LabelSet Labels, ImmutableArray<IpAddress> Addresses, string? ProviderId)
{
    public const string OsLabel = "kubernetes.io/os";

    public SourceLocation? Location { get; init; }

    /// <summary><c>status.nodeInfo.operatingSystem</c> (<c>linux</c>, <c>windows</c>), null when the input does not say.</summary>
    public string? ReportedOs { get; init; }

    /// <summary><c>status.nodeInfo.kubeletVersion</c>, e.g. <c>v1.31.4-eks-aeac579</c>.</summary>
    public string? KubeletVersion { get; init; }

    /// <summary>The operating system: the <c>kubernetes.io/os</c> label, else what the kubelet reported; null when neither is known.</summary>
    public string? OperatingSystem => Labels.TryGetValue(OsLabel, out var os) ? os : ReportedOs;
}
