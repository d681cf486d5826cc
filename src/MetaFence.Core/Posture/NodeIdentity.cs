using System.Collections.Immutable;

namespace MetaFence.Core.Posture;

/// <summary>
/// The cloud identity a node's metadata service hands out: an IAM role (reached through the
/// instance profile) or a GCP service account (with its OAuth scopes).
/// </summary>
public sealed record NodeIdentity
{
    /// <summary><c>aws</c>, <c>gcp</c> or <c>azure</c>, as <c>--provider</c> spells them.</summary>
    public required string Provider { get; init; }

    /// <summary>The role ARN, or the service account email.</summary>
    public required string Name { get; init; }

    /// <summary>How the node holds it: the instance profile ARN (AWS), the kubelet identity's object id (Azure); null for GCP.</summary>
    public string? Via { get; init; }

    /// <summary>GCP OAuth scopes of the node pool; empty for AWS.</summary>
    public ImmutableArray<string> Scopes { get; init; } = [];

    /// <summary>A short name for tables: the role name after <c>role/</c>, or the email.</summary>
    public string ShortName => Name.LastIndexOf('/') is var slash and >= 0 ? Name[(slash + 1)..] : Name;
}
