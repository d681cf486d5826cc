using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// A policy document: its <c>Version</c> and statements (the JSON's <c>Statement</c> may be one
/// object or an array; here it is always an array), and where it comes from.
/// </summary>
public sealed record IamPolicyDocument
{
    public string Version { get; init; } = "";

    public ImmutableArray<IamStatement> Statements { get; init; } = [];

    /// <summary><c>inline policy X on role Y</c>, a managed policy ARN, or <c>trust policy of role Y</c>.</summary>
    public required string Source { get; init; }
}
