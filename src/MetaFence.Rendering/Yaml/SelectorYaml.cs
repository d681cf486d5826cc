using MetaFence.Core.Selectors;

namespace MetaFence.Rendering.Yaml;

/// <summary>A label selector: single-value In as <c>matchLabels</c>, the rest as <c>matchExpressions</c>, <c>{}</c> for everything.</summary>
internal static class SelectorYaml
{
    public static YamlMap Of(LabelSelector selector)
    {
        var map = new YamlMap();
        var labels = selector.Requirements.Where(IsLabel).ToList();
        if (labels.Count > 0)
        {
            var matchLabels = new YamlMap();
            foreach (var label in labels)
            {
                matchLabels.Add(label.Key, label.Values[0]);
            }

            map.Add("matchLabels", matchLabels);
        }

        var expressions = selector.Requirements.Where(r => !IsLabel(r)).ToList();
        if (expressions.Count > 0)
        {
            map.Add("matchExpressions", YamlList.Of(expressions.Select(Expression)));
        }

        return map;
    }

    private static bool IsLabel(Requirement requirement) =>
        requirement.Operator == SelectorOperator.In && requirement.Values.Length == 1;

    private static YamlNode Expression(Requirement requirement)
    {
        var map = new YamlMap().Add("key", requirement.Key).Add("operator", requirement.Operator.ToString());
        return requirement.Values.IsEmpty ? map : map.Add("values", YamlList.Of(requirement.Values));
    }
}
