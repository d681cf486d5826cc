using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Rules;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Verify;

/// <summary>
/// <c>verify</c>'s findings, one per namespace and rule, listing the checks that raised it:
/// MF101 a credential endpoint answered a live probe; MF102 the probe and the engine disagree (the
/// typical cause: the CNI does not enforce NetworkPolicy); MF103 DNS or ordinary egress is broken;
/// MF104 the probe itself failed, so nothing was verified there.
/// </summary>
public static class VerifyFindings
{
    public const string Reachable = "MF101";
    public const string Disagreement = "MF102";
    public const string Broken = "MF103";
    public const string ProbeFailed = "MF104";

    private const string Enforcement =
        "Check that the CNI enforces NetworkPolicy (flannel and some default CNIs do not; Calico, Cilium, Antrea, kube-router and the "
        + "cloud CNIs with network policy enabled do), that the policy kind is served and implemented (ClusterNetworkPolicy needs a "
        + "controller), and that no identity proxy or host network is in the way. `metafence generate --style node-firewall` fences "
        + "at the node where the CNI does not.";

    public static ImmutableArray<Finding> From(IEnumerable<CheckResult> results, IReadOnlyDictionary<string, string> podNames)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(podNames);
        var findings = new List<Finding>();
        foreach (var group in results.GroupBy(r => r.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ns = group.Key;
            var pod = new ObjectRef("Pod", ns, podNames.TryGetValue(ns, out var name) ? name : "metafence-probe");
            var rows = group.ToList();
            Add(findings, pod, Reachable, "Credential endpoint reachable from a live pod", Severity.Critical,
                rows.Where(r => r.Check.Purpose == CheckPurpose.CredentialEndpoint && r.Observation == Observation.Reachable),
                "a probe pod reached credential endpoints an attacker would use",
                "Fence the namespace (`metafence generate --apply`), then run verify again. " + Enforcement);
            Add(findings, pod, Disagreement, "Live probe disagrees with the engine", Severity.High,
                rows.Where(r => r.IsDisagreement && r.Observation == Observation.Reachable),
                "the probe got through where the engine predicted blocked: the policies in the cluster are not enforced as written",
                Enforcement);
            Add(findings, pod, Disagreement, "Live probe disagrees with the engine", Severity.Low,
                rows.Where(r => r.IsDisagreement && r.Observation == Observation.Blocked),
                "the probe was blocked where the engine predicted reachable: something the engine does not see decides (a node firewall, the IMDSv2 hop limit, a cloud setting, an identity proxy, or a policy kind not read)",
                "Nothing to fix for credential endpoints; for DNS and egress see MF103. Read the kinds MetaFence skipped in `audit` to close the gap.");
            Add(findings, pod, Broken, "DNS or ordinary egress broken", Severity.Medium,
                rows.Where(r => r.Check.Purpose != CheckPurpose.CredentialEndpoint && r.Observation == Observation.Blocked),
                "the probe could not resolve names or reach an ordinary destination",
                "Allow UDP and TCP 53 to kube-dns (SEMANTICS 40) and the egress the workloads need; `metafence explain` shows which rule blocks it.");
            Add(findings, pod, ProbeFailed, "Probe failed", Severity.Medium,
                rows.Where(r => r.Observation == Observation.ProbeFailed),
                "the probe gave no answer, so nothing was verified",
                "Read the pod's events (image pull, Pod Security admission, quota), pick an --image with sh and curl, or raise --timeout.");
        }

        return [.. findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Namespace, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)];
    }

    private static void Add(List<Finding> findings, ObjectRef pod, string id, string title, Severity severity,
        IEnumerable<CheckResult> rows, string what, string remediation)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        // One clause per destination: "169.254.169.254:80: imdsv1-credentials, imdsv2-credentials reachable (detail), predicted blocked".
        var checks = string.Join("; ", list.Where(r => r.Observation == Observation.ProbeFailed).Select(r => r.Detail).Distinct()
            .Concat(list.Where(r => r.Observation != Observation.ProbeFailed).GroupBy(r => (Place(r.Check), r.Outcome, r.Predicted)).Select(g =>
                $"{g.Key.Item1}: {string.Join(", ", g.Select(r => r.Check.Name))} {g.Key.Outcome}{Detail(g)}, predicted {Word(g.Key.Predicted)}")));
        findings.Add(new Finding
        {
            RuleId = id,
            Title = title,
            Severity = severity,
            Namespace = pod.Namespace,
            Subject = pod,
            Message = $"In {pod.Namespace}, {what}: {checks}.",
            Remediation = remediation,
            References = id == Reachable ? [AuditRule.Cis532, AuditRule.MitreT1552005] : [],
        });
    }

    private static string Detail(IEnumerable<CheckResult> rows) =>
        rows.Select(r => r.Detail).FirstOrDefault(d => d.Length > 0) is { } detail ? $" ({detail})" : string.Empty;

    public static string Place(VerifyCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var port = check.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return check.Address.Contains(':', StringComparison.Ordinal) ? $"[{check.Address}]:{port}" : $"{check.Address}:{port}";
    }

    public static string Word(Prediction prediction) => prediction switch
    {
        Prediction.Blocked => "blocked",
        Prediction.Reachable => "reachable",
        Prediction.Unknown => "unknown",
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    public static string Word(Observation observation) => observation switch
    {
        Observation.Blocked => "blocked",
        Observation.Reachable => "reachable",
        Observation.ProbeFailed => "probe failed",
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
