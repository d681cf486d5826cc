using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

public sealed partial class EgressEngine
{
    /// <summary>Rule 57: a matching egressDeny rule of any selecting policy denies, before any allow.</summary>
    private Verdict? EvaluateCiliumDeny(ImmutableArray<CiliumPolicyInfo> policies, Destination destination, PodInfo? target)
    {
        foreach (var policy in policies)
        {
            foreach (var rule in policy.EgressDeny)
            {
                if (CiliumRuleMatches(policy, rule, destination, target))
                {
                    return new Verdict(false, Decision.CiliumDeny, [CiliumRuleRef(policy, rule)]);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Rules 7, 8, 58: the pod is isolated for egress by a K8s NetworkPolicy or by a Cilium policy
    /// in default-deny; then it is allowed iff some NetworkPolicy rule or some Cilium egress rule
    /// matches (allows union). Null when nothing isolates it.
    /// </summary>
    private Verdict? EvaluateWithCilium(ApplicablePolicies applicable, Destination destination, PodInfo? target, ref List<string>? notes)
    {
        var kubernetes = EvaluateNetworkPolicies(applicable.NetworkPolicies, destination, target, ref notes);
        var isolating = applicable.Cilium.Where(p => p.DefaultDenyEgress).ToImmutableArray();
        if (isolating.IsEmpty && kubernetes is null)
        {
            return null;
        }

        var allowing = applicable.Cilium
            .SelectMany(p => p.Egress.Where(r => CiliumRuleMatches(p, r, destination, target)).Select(r => CiliumRuleRef(p, r)))
            .ToImmutableArray();
        if (allowing.IsEmpty)
        {
            return isolating.IsEmpty ? kubernetes : new Verdict(false, Decision.CiliumDeny,
                [.. isolating.Select(CiliumDefaultDenyRef), .. kubernetes?.DecidedBy ?? []]);
        }

        var fromKubernetes = kubernetes is { Allowed: true } ? kubernetes.DecidedBy : [];
        return new Verdict(true, Decision.CiliumAllow, [.. fromKubernetes, .. allowing]);
    }

    private RuleRef CiliumRuleRef(CiliumPolicyInfo policy, CiliumRule rule) =>
        _refs.Get(rule, 0, (policy, rule), static s =>
        {
            var ports = s.rule.Ports.IsEmpty ? "all ports" : "ports " + string.Join(", ", s.rule.Ports);
            var what = s.rule.Deny ? "egressDeny to {0}, {1}: beats every allow (SEMANTICS 57)" : "egress allow to {0}, {1}";
            return new RuleRef(s.policy.Ref, s.rule.Index, s.rule.Deny ? "egressDeny" : null,
                string.Format(System.Globalization.CultureInfo.InvariantCulture, what, s.rule.Text, ports))
            {
                Location = s.rule.Location ?? s.policy.Location,
            };
        });

    private RuleRef CiliumDefaultDenyRef(CiliumPolicyInfo policy) =>
        _refs.Get(policy, -3, policy, static p => new RuleRef(p.Ref, null, null,
            "selects the pod and has egress rules without enableDefaultDeny.egress: false, so egress not allowed by a rule is denied (SEMANTICS 58)")
        {
            Location = p.Location,
        });
}
