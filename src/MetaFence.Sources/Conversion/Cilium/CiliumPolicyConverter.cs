using System.Collections.Immutable;
using System.Text.Json;
using k8s.Models;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Cilium;

/// <summary>
/// A Cilium policy to <see cref="CiliumPolicyInfo"/>: endpoint selector on identity labels,
/// egress and egressDeny rules, and default deny defaulted as rule 58 says.
/// </summary>
internal static class CiliumPolicyConverter
{
    public static CiliumPolicyInfo? Convert(CiliumDocument document, ObjectIdentity id, ObjectProblems problems)
    {
        if (document.Specs is { ValueKind: not JsonValueKind.Null })
        {
            problems.Reject("specs", "58", "specs (several rule sets) is not evaluated by MetaFence; expected one spec");
        }

        if (document.Spec is not { } spec)
        {
            problems.Reject("spec", "58", "the field is missing; expected endpointSelector and rules");
            return null;
        }

        if (spec.NodeSelector is not null || spec.EndpointSelector is null)
        {
            var what = spec.NodeSelector is not null ? "nodeSelector (a host policy) is not evaluated by MetaFence" : "the endpointSelector is missing";
            problems.Reject(spec.NodeSelector is not null ? "spec.nodeSelector" : "spec.endpointSelector", "58", $"{what}; expected an endpointSelector");
        }

        var selector = Selector(spec.EndpointSelector, "spec.endpointSelector", problems);
        var egress = CiliumRules.Convert(spec.Egress, deny: false, "spec.egress", problems);
        var egressDeny = CiliumRules.Convert(spec.EgressDeny, deny: true, "spec.egressDeny", problems);
        var hasRules = spec.Egress is { Count: > 0 } || spec.EgressDeny is { Count: > 0 };
        return problems.IsRejected ? null : new CiliumPolicyInfo
        {
            Kind = id.Kind,
            Namespace = id.Namespace,
            Name = id.Name,
            EndpointSelector = selector,
            Egress = egress,
            EgressDeny = egressDeny,
            DefaultDenyEgress = spec.EnableDefaultDeny?.Egress ?? hasRules, // Rule 58.
            Location = problems.Site.At(),
        };
    }

    /// <summary>Label keys lose the <c>k8s:</c>/<c>any:</c> source prefix; other sources (<c>reserved:</c>…) are refused.</summary>
    public static LabelSelector Selector(V1LabelSelector? selector, string path, ObjectProblems problems)
    {
        var converted = SelectorConverter.Convert(selector, path, problems);
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        foreach (var requirement in converted.Requirements)
        {
            var key = requirement.Key;
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && key[..colon] is not ("k8s" or "any"))
            {
                problems.Reject(path, "58", $"label source {ValueText.Quote(key[..colon])} is not evaluated by MetaFence; expected k8s: or any: labels");
                continue;
            }

            requirements.Add(requirement with { Key = colon >= 0 ? key[(colon + 1)..] : key });
        }

        return new LabelSelector(requirements.ToImmutable());
    }
}
