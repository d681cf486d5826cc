using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MetaFence.Core.Selectors;

namespace MetaFence.Testing.World;

/// <summary>
/// Label selectors in <c>kubectl -l</c> syntax, so table rows stay one line:
/// <c>app=a</c>, <c>app!=a</c>, <c>app in (a,b)</c>, <c>app notin (a)</c>, <c>app</c> (Exists),
/// <c>!app</c> (DoesNotExist), comma-separated and ANDed; <c>""</c> or <c>{}</c> selects everything.
/// </summary>
public static partial class Sel
{
    public static LabelSelector Everything => LabelSelector.Everything;

    public static LabelSelector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "{}")
        {
            return LabelSelector.Everything;
        }

        return new LabelSelector([.. SplitTopLevel(trimmed).Select(ParseRequirement)]);
    }

    private static Requirement ParseRequirement(string text)
    {
        var set = SetForm().Match(text);
        if (set.Success)
        {
            var values = set.Groups["values"].Value
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var op = set.Groups["op"].Value == "in" ? SelectorOperator.In : SelectorOperator.NotIn;
            return new Requirement(set.Groups["key"].Value, op, [.. values]);
        }

        if (text.Contains("!=", StringComparison.Ordinal))
        {
            var parts = text.Split("!=", 2, StringSplitOptions.TrimEntries);
            return new Requirement(parts[0], SelectorOperator.NotIn, [parts[1]]);
        }

        if (text.Contains('=', StringComparison.Ordinal))
        {
            var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
            return new Requirement(parts[0], SelectorOperator.In, [parts[1].TrimStart('=').Trim()]);
        }

        return text.StartsWith('!')
            ? new Requirement(text[1..].Trim(), SelectorOperator.DoesNotExist, ImmutableArray<string>.Empty)
            : new Requirement(text, SelectorOperator.Exists, ImmutableArray<string>.Empty);
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i].Trim();
                start = i + 1;
            }
        }

        yield return text[start..].Trim();
    }

    [GeneratedRegex(@"^(?<key>\S+)\s+(?<op>in|notin)\s*\((?<values>[^)]*)\)$")]
    private static partial Regex SetForm();
}
