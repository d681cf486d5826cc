using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// <c>labelSelector</c> and <c>fieldSelector</c> query parameters
/// (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors): equality
/// (<c>=</c>, <c>==</c>, <c>!=</c>), set (<c>in</c>, <c>notin</c>) and existence (<c>key</c>, <c>!key</c>). Field
/// selectors read a dotted path (<c>metadata.name</c>, <c>metadata.namespace</c>, <c>status.phase</c>, …).
/// </summary>
internal sealed partial class Selector
{
    private readonly List<Func<JsonObject, bool>> _requirements = [];

    public bool IsEmpty => _requirements.Count == 0;

    public bool Matches(JsonObject value) => _requirements.TrueForAll(r => r(value));

    public static Selector Parse(string? labelSelector, string? fieldSelector)
    {
        var selector = new Selector();
        foreach (var requirement in Split(labelSelector))
        {
            selector._requirements.Add(LabelRequirement(requirement));
        }

        foreach (var requirement in Split(fieldSelector))
        {
            var match = FieldPattern().Match(requirement);
            if (!match.Success)
            {
                throw ApiError.BadRequest($"invalid field selector: {requirement}");
            }

            var path = match.Groups["path"].Value.Split('.');
            var wanted = match.Groups["value"].Value;
            var negate = match.Groups["op"].Value == "!=";
            selector._requirements.Add(v => (FieldValue(v, path) == wanted) != negate);
        }

        return selector;
    }

    private static Func<JsonObject, bool> LabelRequirement(string text)
    {
        var set = SetPattern().Match(text);
        if (set.Success)
        {
            var key = set.Groups["key"].Value;
            var values = set.Groups["values"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var notIn = set.Groups["op"].Value == "notin";
            return v => ObjectMeta.Labels(v).TryGetValue(key, out var label) ? values.Contains(label) != notIn : notIn;
        }

        var equality = EqualityPattern().Match(text);
        if (equality.Success)
        {
            var key = equality.Groups["key"].Value;
            var wanted = equality.Groups["value"].Value;
            var negate = equality.Groups["op"].Value == "!=";
            return v => ObjectMeta.Labels(v).TryGetValue(key, out var label) ? (label == wanted) != negate : negate;
        }

        var exists = ExistsPattern().Match(text);
        if (exists.Success)
        {
            var key = exists.Groups["key"].Value;
            var absent = exists.Groups["not"].Success;
            return v => ObjectMeta.Labels(v).ContainsKey(key) != absent;
        }

        throw ApiError.BadRequest($"unable to parse requirement: {text}");
    }

    private static string? FieldValue(JsonObject value, string[] path)
    {
        JsonNode? node = value;
        foreach (var segment in path)
        {
            node = node is JsonObject map ? map[segment] : null;
        }

        return node?.ToString();
    }

    /// <summary>Requirements split on commas outside parentheses.</summary>
    private static IEnumerable<string> Split(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            yield break;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i <= selector.Length; i++)
        {
            if (i == selector.Length || (selector[i] == ',' && depth == 0))
            {
                var part = selector[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
            else if (selector[i] == '(')
            {
                depth++;
            }
            else if (selector[i] == ')')
            {
                depth--;
            }
        }
    }

    [GeneratedRegex(@"^(?<key>[^\s!=(),]+)\s+(?<op>in|notin)\s*\((?<values>[^)]*)\)$")]
    private static partial Regex SetPattern();

    [GeneratedRegex(@"^(?<key>[^\s!=(),]+)\s*(?<op>==|!=|=)\s*(?<value>[^\s!=(),]*)$")]
    private static partial Regex EqualityPattern();

    [GeneratedRegex(@"^(?<not>!)?\s*(?<key>[^\s!=(),]+)$")]
    private static partial Regex ExistsPattern();

    [GeneratedRegex(@"^(?<path>[A-Za-z0-9_.]+)\s*(?<op>==|!=|=)\s*(?<value>.*)$")]
    private static partial Regex FieldPattern();
}
