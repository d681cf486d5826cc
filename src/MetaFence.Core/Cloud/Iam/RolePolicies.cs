using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// The statements in force for a role: every inline policy and the default version of every
/// attached managed policy ("AWS checks the default version of the policy",
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html).
/// </summary>
internal sealed record RolePolicies(ImmutableArray<IamStatement> Statements, ImmutableArray<string> Sources, ImmutableArray<string> Notes)
{
    public const string EvaluationLogic = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html";

    public const string ScopeNote =
        "identity-based policies only (inline, and the default version of each attached managed policy); permission boundaries, "
        + "service control policies, session policies and resource-based policies are out of scope, so real permissions may be narrower "
        + "(boundaries, SCPs) or wider (resource policies): " + EvaluationLogic;

    public const string ConditionNote = "conditions are reported, not evaluated: a conditional Allow counts as allowed, a conditional Deny as not denying";

    public static RolePolicies Of(IamAccount account, IamRole role)
    {
        var statements = ImmutableArray.CreateBuilder<IamStatement>();
        var sources = new List<string>();
        var notes = new List<string> { ScopeNote, ConditionNote };
        if (role.PermissionsBoundaryArn is { } boundary)
        {
            notes.Add($"role {role.Name} has the permissions boundary {boundary}: not evaluated, real permissions are at most what it allows");
        }

        foreach (var inline in role.InlinePolicies.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            statements.AddRange(inline.Document.Statements);
            sources.Add(inline.Document.Source);
        }

        foreach (var arn in role.AttachedPolicyArns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var policy = account.FindPolicy(arn);
            if (policy is null)
            {
                notes.Add($"attached managed policy {arn} is not in the export: its permissions are unknown (export without --filter)");
            }
            else if (policy.DefaultDocument is null)
            {
                notes.Add($"managed policy {arn} has no document for its default version {policy.DefaultVersionId} in the export: its permissions are unknown");
            }
            else
            {
                statements.AddRange(policy.DefaultDocument.Statements);
                sources.Add($"{arn} {policy.DefaultVersionId} (default version)");
            }
        }

        return new RolePolicies(statements.ToImmutable(), [.. sources], [.. notes]);
    }
}
