using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// What an IAM role may do, from its identity-based policies: Allow minus explicit Deny
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html),
/// wildcards in actions and resources, NotAction and NotResource; conditions reported, not
/// evaluated. Permission boundaries, SCPs, session and resource policies are out of scope and
/// the result says so in <see cref="IamPermissions.Notes"/>.
/// </summary>
public static class IamEvaluator
{
    /// <summary>The role's capabilities, classified by <see cref="CapabilityCatalog"/>.</summary>
    public static IamPermissions Evaluate(IamAccount account, string roleArnOrName)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(roleArnOrName);
        var role = account.FindRole(roleArnOrName);
        if (role is null)
        {
            return new IamPermissions
            {
                Role = roleArnOrName,
                RoleFound = false,
                Notes = [$"role {roleArnOrName} is not in the IAM export: its permissions are unknown"],
            };
        }

        var policies = RolePolicies.Of(account, role);
        var capabilities = CapabilityClassifier.Classify(policies.Statements, CapabilityCatalog.Rules);
        return new IamPermissions
        {
            Role = role.Arn,
            RoleFound = true,
            Capabilities = capabilities,
            PolicySources = policies.Sources,
            Notes = policies.Notes,
            IsAdministrator = capabilities.Any(c => c.Id == "infra-admin" && !c.Conditional),
        };
    }

    /// <summary>True when the role may call <paramref name="action"/> on <paramref name="resource"/> (see <see cref="Decide(IamAccount, string, string, string)"/>).</summary>
    public static bool IsAllowed(IamAccount account, string roleArnOrName, string action, string resource) =>
        Decide(account, roleArnOrName, action, resource).Allowed;

    /// <summary>
    /// One request, decided: allowed when an Allow statement covers the action and the resource
    /// and no unconditional Deny does. A role missing from the export is implicitly denied.
    /// </summary>
    public static IamDecision Decide(IamAccount account, string roleArnOrName, string action, string resource)
    {
        ArgumentNullException.ThrowIfNull(account);
        var role = account.FindRole(roleArnOrName);
        return role is null ? new IamDecision { Allowed = false } : Decide(RolePolicies.Of(account, role).Statements, action, resource);
    }

    /// <summary>One request decided over a list of statements (for tests and callers with their own documents).</summary>
    public static IamDecision Decide(ImmutableArray<IamStatement> statements, string action, string resource)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(resource);
        var matching = statements
            .Where(s => StatementMatching.Action(s, action) == StatementMatch.Full && StatementMatching.Resource(s, resource) == StatementMatch.Full)
            .ToList();
        var allows = matching.Where(s => s.Effect == IamEffect.Allow).ToList();
        var denies = matching.Where(s => s.Effect == IamEffect.Deny).ToList();
        var explicitlyDenied = denies.Any(d => !d.HasConditions);
        return new IamDecision
        {
            Allowed = allows.Count > 0 && !explicitlyDenied,
            ExplicitlyDenied = explicitlyDenied,
            Conditional = allows.Any(a => a.HasConditions) || denies.Any(d => d.HasConditions),
            AllowedBy = [.. allows.Select(a => a.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            DeniedBy = [.. denies.Select(d => d.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>Capabilities of an arbitrary statement list (for tests and for documents that are not in an account).</summary>
    public static ImmutableArray<Capability> Classify(ImmutableArray<IamStatement> statements) =>
        CapabilityClassifier.Classify(statements, CapabilityCatalog.Rules);
}
