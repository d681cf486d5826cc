using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

public sealed partial class EgressEngine
{
    /// <summary>K8s NetworkPolicies sit in the default tier at order 1000 as <c>knp.default.*</c> (rule 54).</summary>
    private const string KubernetesPolicyPrefix = "knp.default.";

    /// <summary>
    /// Rules 53–56: Calico tiers in order, the ANP and BANP tiers among them at orders 1000 and
    /// 10,000,000, K8s NetworkPolicies at order 1000 of the default tier. Allow/Deny decide, Log
    /// continues, Pass leaves the tier; a tier with a policy for the pod and no verdict applies
    /// its default action. No tier decided: Kubernetes' default allows.
    /// </summary>
    private Verdict EvaluateCalicoPipeline(ApplicablePolicies applicable, Destination destination, PodInfo? target, bool toSelf, ref List<string>? notes)
    {
        List<RuleRef>? trail = null;
        foreach (var tier in _calicoTiers)
        {
            var verdict = ReferenceEquals(tier, CalicoTierInfo.AdminNetworkPolicy)
                    ? (toSelf ? null : EvaluateTier(applicable.Admin, destination, target, ref trail, ref notes))
                : ReferenceEquals(tier, CalicoTierInfo.BaselineAdminNetworkPolicy)
                    ? (toSelf ? null : EvaluateTier(applicable.Baseline, destination, target, ref trail, ref notes))
                : EvaluateCalicoTier(tier, applicable, destination, target, ref trail, ref notes);
            if (verdict is not null)
            {
                return WithTrail(verdict, trail);
            }
        }

        return WithTrail(DefaultAllowVerdict, trail);
    }

    /// <summary>One Calico tier; null when it passes or has no policy for the pod (rule 53).</summary>
    private Verdict? EvaluateCalicoTier(
        CalicoTierInfo tier, ApplicablePolicies applicable, Destination destination, PodInfo? target, ref List<RuleRef>? trail, ref List<string>? notes)
    {
        var policies = applicable.Calico.Where(p => p.Tier == tier.Name).ToImmutableArray();
        var kubernetes = tier.Name == CalicoTierInfo.DefaultTier ? applicable.NetworkPolicies : [];
        if (policies.IsEmpty && kubernetes.IsEmpty)
        {
            return null; // Rule 53: tiers with no applicable policy are skipped.
        }

        Verdict? kubernetesDeny = null;
        var kubernetesDone = kubernetes.IsEmpty;
        foreach (var policy in policies)
        {
            if (!kubernetesDone && RunsAfterKubernetesPolicies(policy))
            {
                kubernetesDone = true;
                var result = EvaluateNetworkPolicies(kubernetes, destination, target, ref notes);
                if (result is { Allowed: true })
                {
                    return result;
                }

                kubernetesDeny = result;
            }

            switch (EvaluateCalicoPolicy(policy, destination, target, ref trail))
            {
                case { } decided when decided.Decision != Decision.DefaultAllow:
                    return decided;
                case { }:
                    return null; // Pass: on to the next tier.
                default:
                    continue;
            }
        }

        if (!kubernetesDone)
        {
            var result = EvaluateNetworkPolicies(kubernetes, destination, target, ref notes);
            if (result is { Allowed: true } || policies.IsEmpty)
            {
                // Only K8s NetworkPolicies here: exactly rules 7 and 8.
                return tier.DefaultAction == CalicoAction.Pass ? null : result;
            }

            kubernetesDeny = result;
        }

        return tier.DefaultAction == CalicoAction.Pass ? null : TierDefaultDeny(tier, policies, kubernetesDeny);
    }

    /// <summary>Rule 53: rules in order; returns a decision, a DefaultAllow marker for Pass, or null to continue.</summary>
    private Verdict? EvaluateCalicoPolicy(CalicoPolicyInfo policy, Destination destination, PodInfo? target, ref List<RuleRef>? trail)
    {
        foreach (var rule in policy.Egress)
        {
            if (!CalicoRuleMatches(rule, destination, target))
            {
                continue;
            }

            var reference = _refs.Get(rule, 0, (policy, rule), static s =>
                new RuleRef(s.policy.Ref, s.rule.Index, null, DescribeCalico(s.policy, s.rule)) { Location = s.rule.Location ?? s.policy.Location });
            switch (rule.Action)
            {
                case CalicoAction.Allow:
                    return new Verdict(true, Decision.CalicoAllow, [reference]);
                case CalicoAction.Deny:
                    return new Verdict(false, Decision.CalicoDeny, [reference]);
                case CalicoAction.Log:
                    (trail ??= []).Add(reference);
                    continue;
                case CalicoAction.Pass:
                    (trail ??= []).Add(reference);
                    return DefaultAllowVerdict;
                default:
                    throw new System.Diagnostics.UnreachableException();
            }
        }

        return null;
    }

    private Verdict TierDefaultDeny(CalicoTierInfo tier, ImmutableArray<CalicoPolicyInfo> policies, Verdict? kubernetesDeny)
    {
        var refs = policies.Select(p => _refs.Get(p, -2, (p, tier.Name), static s =>
            new RuleRef(s.p.Ref, null, null,
                $"selects the pod for egress in tier {s.Name}; no rule reached a verdict, so the tier denies (SEMANTICS 53, 56)")
            { Location = s.p.Location }));
        return new Verdict(false, Decision.CalicoDeny, [.. refs, .. kubernetesDeny?.DecidedBy ?? []]);
    }

    private static bool RunsAfterKubernetesPolicies(CalicoPolicyInfo policy) =>
        policy.Order is not { } order
        || order > CalicoTierInfo.KubernetesPolicyOrder
        || (order == CalicoTierInfo.KubernetesPolicyOrder && string.CompareOrdinal(policy.Name, KubernetesPolicyPrefix) > 0);

    private static string DescribeCalico(CalicoPolicyInfo policy, CalicoRule rule)
    {
        var ports = rule.Ports.IsEmpty ? (rule.Protocol is { } p ? $"all {p} ports" : "all ports") : "ports " + string.Join(", ", rule.Ports);
        return $"{rule.Action} to {rule.Text}, {ports} (tier {policy.Tier}, order {policy.Order?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unset"})";
    }
}
