using System.Collections.Immutable;
using System.Text.Json;
using k8s.Models;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// A NetworkPolicy to <see cref="NetworkPolicyInfo"/>, policy types defaulted (rules 3–5). The
/// whole object is validated, ingress included: an object the API server would reject does not
/// exist, so it converts to null and its problems say why.
/// </summary>
internal static class NetworkPolicyConverter
{
    public static NetworkPolicyInfo? Convert(V1NetworkPolicy policy, JsonElement raw, ObjectIdentity id, ObjectProblems problems)
    {
        var spec = policy.Spec ?? new V1NetworkPolicySpec();
        var podSelector = SelectorConverter.Convert(spec.PodSelector, "spec.podSelector", problems);
        var (ingress, egress) = PolicyTypes(spec, problems);
        for (var i = 0; i < (spec.Ingress?.Count ?? 0); i++)
        {
            var path = FieldPath.Index("spec.ingress", i);
            NetworkPolicyPeers.Convert(spec.Ingress?[i]?.FromProperty, path + ".from", problems);
            NetworkPolicyPorts.Convert(spec.Ingress?[i]?.Ports, raw, path + ".ports", problems);
        }

        var rules = ImmutableArray.CreateBuilder<EgressRule>();
        for (var i = 0; i < (spec.Egress?.Count ?? 0); i++)
        {
            var path = FieldPath.Index("spec.egress", i);
            var to = NetworkPolicyPeers.Convert(spec.Egress?[i]?.To, path + ".to", problems);
            var ports = NetworkPolicyPorts.Convert(spec.Egress?[i]?.Ports, raw, path + ".ports", problems);
            rules.Add(new EgressRule(i, to, ports) { Location = problems.Site.At(path) });
        }

        return problems.IsRejected ? null : new NetworkPolicyInfo
        {
            Namespace = id.NamespaceName,
            Name = id.Name,
            PodSelector = podSelector,
            AppliesToIngress = ingress,
            AppliesToEgress = egress,

            // Rule 5: without Egress in policyTypes the egress list is ignored.
            Egress = egress ? rules.ToImmutable() : [],
            Location = problems.Site.At(),
        };
    }

    /// <summary>
    /// Rules 3–5: omitted or empty policyTypes default to Ingress, plus Egress iff the egress
    /// list is non-empty; explicit policyTypes are obeyed literally.
    /// </summary>
    private static (bool Ingress, bool Egress) PolicyTypes(V1NetworkPolicySpec spec, ObjectProblems problems)
    {
        var types = spec.PolicyTypes ?? [];
        if (types.Count == 0)
        {
            return (true, (spec.Egress?.Count ?? 0) != 0);
        }

        for (var i = 0; i < types.Count; i++)
        {
            if (types[i] is not ("Ingress" or "Egress"))
            {
                problems.Reject(FieldPath.Index("spec.policyTypes", i), "5", $"{ValueText.Quote(types[i] ?? "")} is not a policy type; expected Ingress or Egress");
            }
        }

        return (types.Contains("Ingress"), types.Contains("Egress"));
    }
}
