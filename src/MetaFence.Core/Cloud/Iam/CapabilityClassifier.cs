using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// Turns a role's statements into capabilities: a catalog rule applies when every one of its
/// actions is allowed somewhere after explicit Denies. Severity drops a step when the first
/// action reaches only named resources (for <see cref="ResourceScope.Any"/> rules) and a step
/// when a condition applies.
/// </summary>
internal static class CapabilityClassifier
{
    public static ImmutableArray<Capability> Classify(ImmutableArray<IamStatement> statements, IEnumerable<CapabilityRule> rules)
    {
        var cache = new Dictionary<string, ActionGrant?>(StringComparer.OrdinalIgnoreCase);
        var capabilities = new List<Capability>();
        foreach (var rule in rules)
        {
            var grants = new List<ActionGrant>();
            foreach (var action in rule.Actions)
            {
                if (!cache.TryGetValue(action, out var grant))
                {
                    grant = GrantFinder.Find(statements, action);
                    cache[action] = grant;
                }

                if (grant is null)
                {
                    break;
                }

                grants.Add(grant);
            }

            if (grants.Count == rule.Actions.Length && InScope(rule.Scope, grants[0]))
            {
                capabilities.Add(Build(rule, grants));
            }
        }

        return [.. capabilities
            .OrderByDescending(c => c.Severity)
            .ThenBy(c => c.Class)
            .ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    private static bool InScope(ResourceScope scope, ActionGrant first) => scope switch
    {
        ResourceScope.Any => true,
        ResourceScope.Everything => first.Everything,
        ResourceScope.Named => !first.Everything,
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    private static Capability Build(CapabilityRule rule, List<ActionGrant> grants)
    {
        var first = grants[0];
        var conditional = grants.Any(g => g.Conditional);
        var severity = rule.Severity;
        if (rule.Scope == ResourceScope.Any && !first.Everything)
        {
            severity = Lower(severity);
        }

        if (conditional)
        {
            severity = Lower(severity);
        }

        return new Capability
        {
            Id = rule.Id,
            Class = rule.Class,
            Title = rule.Title,
            Actions = rule.Actions,
            Resource = first.ResourceText,
            GrantedBy = [.. grants.SelectMany(g => g.GrantedBy).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Conditional = conditional,
            Source = rule.Source,
            Severity = severity,
            Notes = [.. grants.SelectMany(g => g.Notes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    private static Severity Lower(Severity severity) => severity == Severity.Info ? Severity.Info : severity - 1;
}
