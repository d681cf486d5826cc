using k8s.Models;
using MetaFence.Core.Selectors;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Label selectors to Core's <see cref="LabelSelector"/>: <c>matchLabels</c> entries become
/// <c>In</c> with one value; requirements sorted by key, values sorted. Rule 19 is checked.
/// </summary>
internal static class SelectorConverter
{
    private const string Operators = "In, NotIn, Exists or DoesNotExist";

    /// <summary>Rule 2: an absent selector is <c>{}</c>, which selects everything (rule 17).</summary>
    public static LabelSelector Convert(V1LabelSelector? selector, string path, ObjectProblems problems)
    {
        if (selector is null)
        {
            return LabelSelector.Everything;
        }

        var requirements = (selector.MatchLabels ?? new Dictionary<string, string>())
            .Select(p => new Requirement(p.Key, SelectorOperator.In, [p.Value ?? ""]))
            .ToList();
        var expressions = selector.MatchExpressions ?? [];
        for (var i = 0; i < expressions.Count; i++)
        {
            if (Expression(expressions[i], FieldPath.Index(FieldPath.Join(path, "matchExpressions"), i), problems) is { } requirement)
            {
                requirements.Add(requirement);
            }
        }

        return new LabelSelector([.. requirements.OrderBy(r => r.Key, StringComparer.Ordinal)]);
    }

    private static Requirement? Expression(V1LabelSelectorRequirement? expression, string path, ObjectProblems problems)
    {
        if (string.IsNullOrEmpty(expression?.Key))
        {
            problems.Reject(path + ".key", "19", "the key is missing; expected a label key");
            return null;
        }

        var values = expression.Values ?? [];
        SelectorOperator? op = expression.OperatorProperty switch
        {
            "In" => SelectorOperator.In,
            "NotIn" => SelectorOperator.NotIn,
            "Exists" => SelectorOperator.Exists,
            "DoesNotExist" => SelectorOperator.DoesNotExist,
            _ => null,
        };
        if (op is not { } known)
        {
            var shown = expression.OperatorProperty is null ? "nothing" : ValueText.Quote(expression.OperatorProperty);
            problems.Reject(path + ".operator", "19", $"{shown} is not a selector operator; expected {Operators}");
            return null;
        }

        // Rule 19: In and NotIn need values, Exists and DoesNotExist take none.
        if (known is SelectorOperator.In or SelectorOperator.NotIn && values.Count == 0)
        {
            problems.Reject(path + ".values", "19", $"operator {expression.OperatorProperty} needs at least one value; expected a non-empty list of values");
            return null;
        }

        if (known is SelectorOperator.Exists or SelectorOperator.DoesNotExist && values.Count > 0)
        {
            problems.Reject(path + ".values", "19", $"operator {expression.OperatorProperty} takes no values; expected no values list");
            return null;
        }

        return new Requirement(expression.Key, known, [.. values.Select(v => v ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
