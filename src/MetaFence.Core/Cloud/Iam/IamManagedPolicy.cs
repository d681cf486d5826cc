using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// A managed policy from <c>Policies</c>. Only the default version is in force
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html):
/// the other versions are kept by id only, because <c>iam:SetDefaultPolicyVersion</c> can make
/// one of them effective.
/// </summary>
public sealed record IamManagedPolicy
{
    public required string Arn { get; init; }

    public required string Name { get; init; }

    public required string DefaultVersionId { get; init; }

    /// <summary>The default version's document; null when the export does not carry it.</summary>
    public IamPolicyDocument? DefaultDocument { get; init; }

    /// <summary>Ids of the versions that are not the default (not in force).</summary>
    public ImmutableArray<string> OtherVersionIds { get; init; } = [];
}
