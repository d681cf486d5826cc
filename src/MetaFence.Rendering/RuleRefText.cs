using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering;

/// <summary>
/// One line naming a policy and rule: <c>NetworkPolicy x/allow-egress egress rule 0: ipBlock … matches</c>.
/// </summary>
internal static class RuleRefText
{
    public static string Format(RuleRef rule)
    {
        var text = Policy(rule.Policy);
        if (rule.Rule is int index)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" egress rule {index}");
        }

        if (!string.IsNullOrEmpty(rule.RuleName))
        {
            text += $" ({rule.RuleName})";
        }

        return string.IsNullOrEmpty(rule.Description) ? text : $"{text}: {rule.Description}";
    }

    /// <summary><c>NetworkPolicy x/name</c>, or <c>ClusterNetworkPolicy name</c> when cluster-scoped.</summary>
    public static string Policy(ObjectRef policy) =>
        policy.Namespace is null ? $"{policy.Kind} {policy.Name}" : $"{policy.Kind} {policy.Namespace}/{policy.Name}";
}
