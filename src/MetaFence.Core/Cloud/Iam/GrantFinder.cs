using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// Allow minus explicit Deny for one action over a role's statements: every Allow that covers the
/// action contributes its resources; an unconditional Deny that covers both the action and a
/// resource pattern removes it ("the Deny statement trumps the Allow statement",
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html).
/// </summary>
internal static class GrantFinder
{
    public static ActionGrant? Find(ImmutableArray<IamStatement> statements, string action)
    {
        var denies = statements
            .Where(s => s.Effect == IamEffect.Deny)
            .Select(s => (Statement: s, Match: StatementMatching.Action(s, action)))
            .Where(d => d.Match != StatementMatch.None)
            .ToList();
        var resources = new SortedSet<string>(StringComparer.Ordinal);
        var grantedBy = new SortedSet<string>(StringComparer.Ordinal);
        var notes = new SortedSet<string>(StringComparer.Ordinal);
        var everything = false;
        var conditional = false;
        foreach (var allow in statements.Where(s => s.Effect == IamEffect.Allow))
        {
            var match = StatementMatching.Action(allow, action);
            if (match == StatementMatch.None || (match == StatementMatch.Partial && !allow.UsesNotAction))
            {
                continue;
            }

            if (match == StatementMatch.Partial)
            {
                notes.Add($"{allow.Source}: all of {action} except {string.Join(", ", allow.NotActions)}");
            }

            foreach (var (pattern, text) in Entries(allow))
            {
                if (IsRemoved(pattern, denies, notes, ref conditional))
                {
                    continue;
                }

                resources.Add(text);
                grantedBy.Add(allow.Source);
                everything |= pattern == "*";
                conditional |= allow.HasConditions;
                if (allow.HasConditions)
                {
                    notes.Add($"{allow.Source}: allowed only under the condition {allow.ConditionText}");
                }
            }
        }

        return resources.Count == 0 ? null : new ActionGrant(action, [.. resources], everything, [.. grantedBy], conditional, [.. notes]);
    }

    /// <summary>The resource patterns an Allow grants, with their display text; NotResource reads as <c>* except …</c>.</summary>
    private static IEnumerable<(string Pattern, string Text)> Entries(IamStatement allow) =>
        allow.UsesNotResource
            ? [("*", $"* except {string.Join(", ", allow.NotResources)}")]
            : allow.Resources.Select(r => (r, r));

    private static bool IsRemoved(string pattern, List<(IamStatement Statement, StatementMatch Match)> denies, SortedSet<string> notes, ref bool conditional)
    {
        foreach (var (deny, actionMatch) in denies)
        {
            var resourceMatch = StatementMatching.Resource(deny, pattern);
            if (resourceMatch == StatementMatch.None)
            {
                continue;
            }

            if (actionMatch == StatementMatch.Full && resourceMatch == StatementMatch.Full && !deny.HasConditions)
            {
                return true;
            }

            if (actionMatch == StatementMatch.Full && resourceMatch == StatementMatch.Full)
            {
                conditional = true;
                notes.Add($"{deny.Source}: denied on {pattern} when the condition {deny.ConditionText} holds");
            }
            else
            {
                notes.Add($"{deny.Source}: {PartialDenial(deny, actionMatch)}{(deny.HasConditions ? " when its condition holds" : "")}");
            }
        }

        return false;
    }

    private static string PartialDenial(IamStatement deny, StatementMatch actionMatch) =>
        actionMatch == StatementMatch.Partial
            ? deny.UsesNotAction ? $"denies all but {string.Join(", ", deny.NotActions)}" : $"denies {string.Join(", ", deny.Actions)}"
            : deny.UsesNotResource ? $"denies it everywhere except {string.Join(", ", deny.NotResources)}" : $"denies it on {string.Join(", ", deny.Resources)}";
}
