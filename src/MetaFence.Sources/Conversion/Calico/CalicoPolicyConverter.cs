using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Calico;

/// <summary>
/// A GlobalNetworkPolicy spec to <see cref="CalicoPolicyInfo"/>: tier, order, selectors,
/// defaulted <c>types</c> (rule 55) and egress rules. What MetaFence cannot evaluate rejects the
/// object with a message rather than being guessed.
/// </summary>
internal static class CalicoPolicyConverter
{
    public static CalicoPolicyInfo? Convert(CalicoPolicySpec? spec, ObjectIdentity id, ObjectProblems problems)
    {
        spec ??= new CalicoPolicySpec();
        var selector = Selector(spec.Selector, "spec.selector", problems) ?? CalicoSelector.All;
        var namespaceSelector = spec.NamespaceSelector is null ? null : Selector(spec.NamespaceSelector, "spec.namespaceSelector", problems);
        var egress = CalicoRules.Convert(spec.Egress, problems);
        var appliesToEgress = AppliesToEgress(spec, problems);
        return problems.IsRejected ? null : new CalicoPolicyInfo
        {
            Name = id.Name,
            Tier = string.IsNullOrEmpty(spec.Tier) ? CalicoTierInfo.DefaultTier : spec.Tier,
            Order = spec.Order,
            Selector = selector,
            NamespaceSelector = namespaceSelector,
            AppliesToEgress = appliesToEgress,
            Egress = egress,
            Location = problems.Site.At(),
        };
    }

    /// <summary>Rule 55: no types → Egress only when there are egress rules and no ingress rules, or both.</summary>
    private static bool AppliesToEgress(CalicoPolicySpec spec, ObjectProblems problems)
    {
        if (spec.Types is null)
        {
            return spec.Egress is { Count: > 0 };
        }

        for (var i = 0; i < spec.Types.Count; i++)
        {
            if (spec.Types[i] is not ("Ingress" or "Egress"))
            {
                var shown = spec.Types[i] is { } text ? ValueText.Quote(text) : "nothing";
                problems.Reject($"spec.types[{i}]", "55", $"{shown} is not a policy type; expected Ingress or Egress");
            }
        }

        return spec.Types.Contains("Egress");
    }

    public static CalicoSelector? Selector(string? text, string path, ObjectProblems problems)
    {
        if (CalicoSelectorParser.TryParse(text, out var selector, out var error))
        {
            return selector;
        }

        problems.Reject(path, "53", $"{error}; expected a selector MetaFence understands: all(), k == 'v', k != 'v', has(k), !has(k), k in {{'a','b'}}, &&, ||, parentheses");
        return null;
    }
}
