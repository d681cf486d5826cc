using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Snapshot;

/// <summary>A node: labels (for <c>nodes</c> peers), addresses and cloud provider id.</summary>
public sealed record NodeInfo(string Name, LabelSet Labels, ImmutableArray<IpAddress> Addresses, string? ProviderId)
{
    public SourceLocation? Location { get; init; }
}
