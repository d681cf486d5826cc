using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Rules;

/// <summary>
/// Chooses the fix a finding suggests, so that applying it clears the finding without opening
/// anything else: a NetworkPolicy fence where nothing allows the metadata addresses yet; an
/// admin-tier deny where a NetworkPolicy or admin rule allows them (policies are a union, an
/// added NetworkPolicy cannot take an allow away, SEMANTICS 7, 43); advice, not a fence, for
/// system namespaces (DESIGN: blocking kube-system breaks cloud integrations).
/// </summary>
public sealed class FixPlanner(AuditContext context)
{
    /// <summary>Namespaces whose components legitimately use the node identity.</summary>
    public static readonly FrozenSet<string> SystemNamespaces =
        FrozenSet.ToFrozenSet(["kube-system", "kube-public", "kube-node-lease"], StringComparer.Ordinal);

    /// <summary>Labels controllers add per pod or per revision: a fence must not depend on them.</summary>
    private static readonly FrozenSet<string> VolatileLabels = FrozenSet.ToFrozenSet(
    [
        "pod-template-hash", "controller-revision-hash", "pod-template-generation",
        "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index",
        "controller-uid", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index",
    ], StringComparer.Ordinal);

    public const string SystemAdvice =
        "Do not fence this system namespace: its components (cloud controllers, the cluster autoscaler, CSI drivers) use the node identity. "
        + "Give each its own cloud identity instead (IRSA or EKS Pod Identity, GKE Workload Identity, Azure Workload Identity) and keep other pods from node credentials with IMDSv2 and a hop limit of 1 (AWS) or GKE_METADATA (GKE).";

    private readonly ConcurrentDictionary<string, bool> _hasRestrictedPods = new(StringComparer.Ordinal);

    /// <summary>
    /// What a fix for subjects reaching a credential endpoint through <paramref name="reaching"/>
    /// must overcome: the rules that allow it and the admin priority that runs before them.
    /// Worked out once and shared by every subject with those verdicts.
    /// </summary>
    public FixBasis BasisFor(IEnumerable<Verdict> reaching)
    {
        var allows = reaching.Where(v => v.Decision is Decision.NetworkPolicyAllow or Decision.AdminAccept).ToList();
        if (allows.Count == 0)
        {
            return FixBasis.Fence;
        }

        var accepting = allows.SelectMany(v => v.DecidedBy)
            .Select(r => context.Snapshot.AdminPolicies.FirstOrDefault(p => p.Ref == r.Policy))
            .OfType<AdminPolicyInfo>().Where(p => p.Tier == AdminTier.Admin).ToList();
        // Ahead of every admin rule that accepts, and of the other admin policies, so no tie arises (SEMANTICS 45).
        var priority = accepting.Select(p => p.Priority)
            .Concat(context.Snapshot.AdminPolicies.Where(p => p.Tier == AdminTier.Admin).Select(p => p.Priority))
            .Append(11).Min() - 1;
        var rules = string.Join("\n", allows.SelectMany(v => v.DecidedBy).Distinct().Select(r => $"#   {Explain.Rule(r)}"));
        return new FixBasis(rules, priority);
    }

    /// <summary>The fix for a subject that reaches a credential endpoint, on the <paramref name="basis"/> its verdicts give.</summary>
    public string ForSubject(AuditSubject subject, FixBasis basis)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(basis);
        if (SystemNamespaces.Contains(subject.Namespace))
        {
            return SystemAdvice;
        }

        return basis.AllowingRules is { } rules ? AdminDeny(subject, rules, basis.DenyHeader!, basis.Priority) : Fence(subject);
    }

    /// <summary>The fix for a namespace whose <paramref name="open"/> subjects nothing isolates.</summary>
    public string ForNamespace(string ns, IReadOnlyCollection<AuditSubject> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return SystemNamespaces.Contains(ns) ? SystemAdvice
            : !HasRestrictedPods(ns) ? context.Fence(ns)
            : string.Join("---\n", open.Select(Fence).Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// A fence for the namespace, or for the subject's pods alone when policies keep other pods of
    /// the namespace from ordinary egress (a namespace-wide fence would open them).
    /// </summary>
    public string Fence(AuditSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (SystemNamespaces.Contains(subject.Namespace))
        {
            return SystemAdvice;
        }

        if (!HasRestrictedPods(subject.Namespace))
        {
            return context.Fence(subject.Namespace);
        }

        var labels = StableLabels(subject);
        var selector = Selectors.LabelSelector.FromLabels(labels.Pairs);
        var opens = context.PodsIn(subject.Namespace).FirstOrDefault(p => selector.Matches(p.Labels) && IsRestricted(p));
        if (labels.Count == 0 || opens is not null)
        {
            return $"Add the metadata addresses to the `except` list of every egress rule that selects {subject.Object}: "
                + $"a fence would also select pods that policies keep from the internet{(opens is null ? string.Empty : $" (such as {opens})")}, and policies add up (SEMANTICS 7).";
        }

        return Remediation.Fence($"{Remediation.PolicyName}-{subject.Object.Name}", subject.Namespace, labels, context.FixTargets);
    }

    /// <summary>An admin-tier deny ahead of every admin rule that accepts, with the allowing rules named.</summary>
    private string AdminDeny(AuditSubject subject, string rules, string header, int priority)
    {
        if (priority < 0)
        {
            return $"Narrow these rules so they no longer allow the metadata addresses (an admin rule at priority 0 cannot be overridden):\n{rules}";
        }

        var labels = StableLabels(subject);
        return Remediation.AdminDeny(
            string.Create(CultureInfo.InvariantCulture, $"{Remediation.PolicyName}-{subject.Namespace}-{subject.Object.Name}"),
            priority, subject.Namespace, labels, context.FixTargets,
            header: header);
    }

    /// <summary>Whether some pod of the namespace is kept from ordinary egress: a namespace-wide fence would open it.</summary>
    private bool HasRestrictedPods(string ns)
    {
        return _hasRestrictedPods.GetOrAdd(ns, name => context.PodsIn(name).Any(IsRestricted));
    }

    private bool IsRestricted(PodInfo pod) =>
        !pod.IsTerminated && context.Engine.IsIsolatedForEgress(pod) && !context.Evaluate(pod, AuditContext.OrdinaryIpv4).Allowed;

    /// <summary>The subject's labels without those controllers add per pod or revision: what a fence may select on.</summary>
    private static LabelSet StableLabels(AuditSubject subject) =>
        LabelSet.Of(subject.Representative.Labels.Pairs.Where(l => !VolatileLabels.Contains(l.Key)));
}
