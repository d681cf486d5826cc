using System.Diagnostics;
using MetaFence.Core.Selectors;

namespace MetaFence.Core.Plans;

/// <summary>Label selectors written in Calico's selector syntax (<c>k == 'v'</c>, <c>k in {'a'}</c>, <c>has(k)</c>, <c>&amp;&amp;</c>).</summary>
internal static class CalicoSelectorText
{
    /// <summary>Calico adds the namespace to every workload endpoint's labels under this key.</summary>
    public const string NamespaceLabel = "projectcalico.org/namespace";

    public static string Of(Requirement requirement) => requirement.Operator switch
    {
        SelectorOperator.In when requirement.Values.Length == 1 => $"{requirement.Key} == '{requirement.Values[0]}'",
        SelectorOperator.In => $"{requirement.Key} in {Set(requirement.Values)}",
        SelectorOperator.NotIn when requirement.Values.Length == 1 => $"{requirement.Key} != '{requirement.Values[0]}'",
        SelectorOperator.NotIn => $"{requirement.Key} not in {Set(requirement.Values)}",
        SelectorOperator.Exists => $"has({requirement.Key})",
        SelectorOperator.DoesNotExist => $"!has({requirement.Key})",
        _ => throw new UnreachableException(),
    };

    /// <summary>Every requirement ANDed; <c>all()</c> when there is none.</summary>
    public static string Of(IEnumerable<Requirement> requirements)
    {
        var parts = requirements.Select(Of).ToList();
        return parts.Count == 0 ? "all()" : string.Join(" && ", parts);
    }

    /// <summary>Pods of <paramref name="allow"/>'s namespace that its selector matches, negated.</summary>
    public static string Excluding(AllowedWorkload allow) =>
        $"!({Of([new Requirement(NamespaceLabel, SelectorOperator.In, [allow.Namespace]), .. allow.Selector.Requirements])})";

    private static string Set(IEnumerable<string> values) => $"{{{string.Join(", ", values.Select(v => $"'{v}'"))}}}";
}
