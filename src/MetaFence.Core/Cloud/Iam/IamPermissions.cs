using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// What a role can do, classified, with the policies that were read and what was left out of
/// scope (permission boundaries, SCPs, session and resource policies).
/// </summary>
public sealed record IamPermissions
{
    /// <summary>The role's ARN, or the text asked for when the role is not in the export.</summary>
    public required string Role { get; init; }

    public required bool RoleFound { get; init; }

    /// <summary>Capabilities, most severe first, then by class and id.</summary>
    public ImmutableArray<Capability> Capabilities { get; init; } = [];

    /// <summary>The policies whose statements counted: inline (<c>inline policy X on role Y</c>) and managed (ARN, default version).</summary>
    public ImmutableArray<string> PolicySources { get; init; } = [];

    /// <summary>Caveats and scope: out-of-scope policy types, attached policies missing from the export.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Allowed <c>*</c> on <c>*</c> without a condition.</summary>
    public bool IsAdministrator { get; init; }

    /// <summary>The highest capability severity, or null when the role can do nothing classified.</summary>
    public Severity? HighestSeverity => Capabilities.IsDefaultOrEmpty ? null : Capabilities.Max(c => c.Severity);
}
