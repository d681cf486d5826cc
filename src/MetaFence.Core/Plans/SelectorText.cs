using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>
/// kubectl's label selector syntax (<c>-l</c>): comma-separated <c>key=value</c>, <c>key==value</c>,
/// <c>key!=value</c>, <c>key in (a,b)</c>, <c>key notin (a,b)</c>, <c>key</c> and <c>!key</c>
/// (apimachinery <c>labels.Parse</c>), checked against the label syntax.
/// </summary>
public static partial class SelectorText
{
    public const string Grammar = "comma-separated key=value, key!=value, key in (a,b), key notin (a,b), key or !key";

    public static bool TryParse(string text, [NotNullWhen(true)] out LabelSelector? selector, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        selector = null;
        problem = string.Empty;
        var requirements = new List<Requirement>();
        foreach (var part in SplitTopLevel(text))
        {
            if (part.Trim().Length == 0)
            {
                problem = "the selector has an empty requirement (a comma too many)";
                return false;
            }

            if (!TryParseRequirement(part.Trim(), out var requirement, out problem))
            {
                return false;
            }

            requirements.Add(requirement);
        }

        if (requirements.Count == 0)
        {
            problem = "the selector is empty";
            return false;
        }

        selector = new LabelSelector([.. requirements.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Operator)]);
        return true;
    }

    private static bool TryParseRequirement(string part, [NotNullWhen(true)] out Requirement? requirement, out string problem)
    {
        requirement = null;
        problem = string.Empty;
        var set = SetForm().Match(part);
        var (key, op, values) =
            set.Success ? (set.Groups["key"].Value, set.Groups["op"].Value == "in" ? SelectorOperator.In : SelectorOperator.NotIn,
                set.Groups["values"].Value.Split(',').Select(v => v.Trim()).ToArray())
            : part.StartsWith('!') && !part.Contains('=', StringComparison.Ordinal) ? (part[1..].Trim(), SelectorOperator.DoesNotExist, [])
            : part.Contains("!=", StringComparison.Ordinal) ? Pair(part, "!=", SelectorOperator.NotIn)
            : part.Contains("==", StringComparison.Ordinal) ? Pair(part, "==", SelectorOperator.In)
            : part.Contains('=', StringComparison.Ordinal) ? Pair(part, "=", SelectorOperator.In)
            : (part, SelectorOperator.Exists, Array.Empty<string>());
        if (!KubernetesNames.IsLabelKey(key))
        {
            problem = $"\"{key}\" in \"{part}\" is not a label key";
            return false;
        }

        if (values.FirstOrDefault(v => !KubernetesNames.IsLabelValue(v)) is { } bad)
        {
            problem = $"\"{bad}\" in \"{part}\" is not a label value";
            return false;
        }

        if (set.Success && values.Any(v => v.Length == 0))
        {
            problem = $"\"{part}\" lists an empty value";
            return false;
        }

        requirement = new Requirement(key, op, [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        return true;
    }

    private static (string Key, SelectorOperator Operator, string[] Values) Pair(string part, string separator, SelectorOperator op)
    {
        var at = part.IndexOf(separator, StringComparison.Ordinal);
        return (part[..at].Trim(), op, [part[(at + separator.Length)..].Trim()]);
    }

    /// <summary>Commas separate requirements except inside the parentheses of <c>in</c> and <c>notin</c>.</summary>
    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        if (text[start..].Trim().Length > 0 || start > 0)
        {
            yield return text[start..];
        }
    }

    [GeneratedRegex(@"^(?<key>[^\s=!(),]+)\s+(?<op>in|notin)\s*\((?<values>[^()]*)\)$")]
    private static partial Regex SetForm();
}
